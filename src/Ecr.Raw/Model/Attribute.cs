namespace Ecr.Raw.Model;

/// <summary>A key and value of a scan finding.</summary>
public sealed record Attribute
{
    /// <summary>The key.</summary>
    public string Key { get => field ?? string.Empty; init; }

    /// <summary>The value.</summary>
    public string? Value { get; init; }
}
