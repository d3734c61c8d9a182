using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ecr.Raw.Model;

/// <summary>Reads and writes <see cref="ScanStatus"/> as its wire string; public so that models can be serialised by source-generated contexts outside this library.</summary>
public sealed class ScanStatusJsonConverter : JsonConverter<ScanStatus>
{
    /// <inheritdoc />
    public override ScanStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? throw new JsonException("ScanStatus must be a string."));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ScanStatus value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
