using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ecr.Raw.Model;

/// <summary>Reads and writes <see cref="EncryptionType"/> as its wire string.</summary>
internal sealed class EncryptionTypeJsonConverter : JsonConverter<EncryptionType>
{
    public override EncryptionType Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? throw new JsonException("EncryptionType must be a string."));

    public override void Write(Utf8JsonWriter writer, EncryptionType value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
