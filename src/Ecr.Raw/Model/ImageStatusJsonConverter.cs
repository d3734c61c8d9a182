using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ecr.Raw.Model;

/// <summary>Reads and writes <see cref="ImageStatus"/> as its wire string.</summary>
internal sealed class ImageStatusJsonConverter : JsonConverter<ImageStatus>
{
    public override ImageStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? throw new JsonException("ImageStatus must be a string."));

    public override void Write(Utf8JsonWriter writer, ImageStatus value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
