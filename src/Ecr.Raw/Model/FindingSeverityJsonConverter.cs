using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ecr.Raw.Model;

/// <summary>Reads and writes <see cref="FindingSeverity"/> as its wire string.</summary>
internal sealed class FindingSeverityJsonConverter : JsonConverter<FindingSeverity>
{
    public override FindingSeverity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? throw new JsonException("FindingSeverity must be a string."));

    public override void Write(Utf8JsonWriter writer, FindingSeverity value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
