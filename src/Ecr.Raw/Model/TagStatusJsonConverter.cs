using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ecr.Raw.Model;

/// <summary>Reads and writes <see cref="TagStatus"/> as its wire string; public so that models can be serialised by source-generated contexts outside this library.</summary>
public sealed class TagStatusJsonConverter : JsonConverter<TagStatus>
{
    /// <inheritdoc />
    public override TagStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? throw new JsonException("TagStatus must be a string."));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TagStatus value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
