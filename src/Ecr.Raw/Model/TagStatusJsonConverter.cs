using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ecr.Raw.Model;

/// <summary>Reads and writes <see cref="TagStatus"/> as its wire string.</summary>
internal sealed class TagStatusJsonConverter : JsonConverter<TagStatus>
{
    public override TagStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? throw new JsonException("TagStatus must be a string."));

    public override void Write(Utf8JsonWriter writer, TagStatus value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
