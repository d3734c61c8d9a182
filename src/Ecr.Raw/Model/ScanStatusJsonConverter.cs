using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ecr.Raw.Model;

/// <summary>Reads and writes <see cref="ScanStatus"/> as its wire string.</summary>
internal sealed class ScanStatusJsonConverter : JsonConverter<ScanStatus>
{
    public override ScanStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? throw new JsonException("ScanStatus must be a string."));

    public override void Write(Utf8JsonWriter writer, ScanStatus value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
