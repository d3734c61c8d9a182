using System;
using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ecr.Raw.Transport;

/// <summary>
/// ECR timestamps: JSON numbers of seconds since the Unix epoch, with fractions (<c>1796292738.811</c>) and exponents
/// (<c>1.688712875E9</c>) as real ECR writes them. Read as a double, never as an integer.
/// </summary>
internal sealed class EpochSecondsJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out var seconds) || double.IsNaN(seconds) || double.IsInfinity(seconds))
        {
            throw new JsonException("A timestamp must be a JSON number of epoch seconds.");
        }

        // Milliseconds are the finest precision ECR sends; rounding avoids 0.811 becoming 0.81099999.
        var milliseconds = Math.Round(seconds * 1000d);
        if (milliseconds < -62_135_596_800_000d || milliseconds > 253_402_300_799_999d)
        {
            throw new JsonException("A timestamp is outside the range of DateTimeOffset.");
        }

        return DateTimeOffset.FromUnixTimeMilliseconds((long)milliseconds);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        var milliseconds = value.ToUnixTimeMilliseconds();
        if (milliseconds % 1000 == 0)
        {
            writer.WriteNumberValue(milliseconds / 1000);
        }
        else
        {
            writer.WriteNumberValue(milliseconds / 1000m);
        }
    }
}
