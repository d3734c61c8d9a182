using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ecr.Raw.Model;

/// <summary>Reads and writes <see cref="ImageStatusFilter"/> as its wire string.</summary>
internal sealed class ImageStatusFilterJsonConverter : JsonConverter<ImageStatusFilter>
{
    public override ImageStatusFilter Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? throw new JsonException("ImageStatusFilter must be a string."));

    public override void Write(Utf8JsonWriter writer, ImageStatusFilter value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
