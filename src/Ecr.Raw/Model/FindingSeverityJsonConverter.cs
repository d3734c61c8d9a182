using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ecr.Raw.Model;

/// <summary>Reads and writes <see cref="FindingSeverity"/> as its wire string; public so that models can be serialised by source-generated contexts outside this library.</summary>
public sealed class FindingSeverityJsonConverter : JsonConverter<FindingSeverity>
{
    /// <inheritdoc />
    public override FindingSeverity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? throw new JsonException("FindingSeverity must be a string."));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, FindingSeverity value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
