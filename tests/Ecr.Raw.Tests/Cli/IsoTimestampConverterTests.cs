using Ecr.Raw.Cli.Output;

namespace Ecr.Raw.Tests.Cli;

public sealed class IsoTimestampConverterTests
{
    [Fact]
    public void WholeSeconds_HaveNoFraction()
    {
        new IsoTimestampConverter(TimeZoneInfo.Utc).Format(DateTimeOffset.FromUnixTimeSeconds(1420070400)).ShouldBe("2015-01-01T00:00:00+00:00");
    }

    [Fact]
    public void Fractions_AreMicroseconds_AsPythonIsoformat()
    {
        new IsoTimestampConverter(TimeZoneInfo.Utc).Format(DateTimeOffset.FromUnixTimeMilliseconds(1796305244675)).ShouldBe("2026-12-03T13:40:44.675000+00:00");
    }

    [Fact]
    public void LocalZone_CarriesItsOffset()
    {
        var zone = TimeZoneInfo.CreateCustomTimeZone("test-0530", TimeSpan.FromMinutes(-330), "test", "test");

        new IsoTimestampConverter(zone).Format(DateTimeOffset.FromUnixTimeSeconds(1420070400)).ShouldBe("2014-12-31T18:30:00-05:30");
    }
}
