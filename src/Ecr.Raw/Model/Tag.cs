using System.Text.Json.Serialization;

namespace Ecr.Raw.Model;

/// <summary>A resource tag.</summary>
public sealed record Tag
{
    /// <summary>The key.</summary>
    [JsonPropertyName("Key")]
    public string Key { get => field ?? string.Empty; init; }

    /// <summary>The value.</summary>
    [JsonPropertyName("Value")]
    public string Value { get => field ?? string.Empty; init; }
}
