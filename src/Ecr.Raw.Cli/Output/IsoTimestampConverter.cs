using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ecr.Raw.Cli.Output;

/// <summary>
/// Timestamps as AWS CLI v2 prints them, Python's <c>datetime.isoformat()</c> in the local zone:
/// <c>2026-12-03T13:30:05+00:00</c>, with <c>.ffffff</c> only when there is a fraction of a second.
/// </summary>
internal sealed class IsoTimestampConverter : JsonConverter<DateTimeOffset>
{
    private readonly TimeZoneInfo _zone;

    /// <summary>Creates a converter printing in <paramref name="zone"/>.</summary>
    public IsoTimestampConverter(TimeZoneInfo zone) => _zone = zone;

    /// <summary>Formats one timestamp.</summary>
    public string Format(DateTimeOffset value)
    {
        var local = TimeZoneInfo.ConvertTime(value, _zone);
        var microseconds = local.Ticks / 10 % 1_000_000;
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        offset = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{local:yyyy-MM-dd'T'HH:mm:ss}{(microseconds == 0 ? string.Empty : "." + microseconds.ToString("D6", CultureInfo.InvariantCulture))}{sign}{offset.Hours:D2}:{offset.Minutes:D2}");
    }

    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTimeOffset.Parse(reader.GetString() ?? throw new JsonException("A timestamp must be an ISO 8601 string."), CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Format(value));
}
