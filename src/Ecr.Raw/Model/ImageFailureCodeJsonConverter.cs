using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ecr.Raw.Model;

/// <summary>Reads and writes <see cref="ImageFailureCode"/> as its wire string.</summary>
internal sealed class ImageFailureCodeJsonConverter : JsonConverter<ImageFailureCode>
{
    public override ImageFailureCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? throw new JsonException("ImageFailureCode must be a string."));

    public override void Write(Utf8JsonWriter writer, ImageFailureCode value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
