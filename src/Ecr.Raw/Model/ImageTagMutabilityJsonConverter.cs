using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ecr.Raw.Model;

/// <summary>Reads and writes <see cref="ImageTagMutability"/> as its wire string.</summary>
internal sealed class ImageTagMutabilityJsonConverter : JsonConverter<ImageTagMutability>
{
    public override ImageTagMutability Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? throw new JsonException("ImageTagMutability must be a string."));

    public override void Write(Utf8JsonWriter writer, ImageTagMutability value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
