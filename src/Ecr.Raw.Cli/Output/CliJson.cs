using System;
using System.Text.Json;
using Ecr.Raw.Transport;

namespace Ecr.Raw.Cli.Output;

/// <summary>
/// The library's own generated serialisation of the ECR models (one copy in the binary, the API's member names), with
/// timestamps printed as ISO 8601 instead of the wire's epoch seconds.
/// </summary>
internal static class CliJson
{
    /// <summary>A context that prints timestamps in <paramref name="zone"/>.</summary>
    public static EcrJsonContext For(TimeZoneInfo zone)
    {
        var options = new JsonSerializerOptions(EcrJsonContext.Default.Options);

        // First in the list, so it wins over the wire's epoch-seconds converter for every timestamp member.
        options.Converters.Insert(0, new IsoTimestampConverter(zone));
        return new EcrJsonContext(options);
    }
}
