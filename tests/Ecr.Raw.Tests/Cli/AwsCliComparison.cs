using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ecr.Raw.Cli.Output;

namespace Ecr.Raw.Tests.Cli;

/// <summary>
/// Puts the AWS CLI's and ecr-raw's JSON on common ground before comparing them as text (so member order counts):
/// AWS CLI v1 prints timestamps as epoch seconds, v2 (and ecr-raw) as ISO 8601; both become ISO 8601 in UTC, or a
/// placeholder where the two runs made their own resources at different moments.
/// </summary>
public static class AwsCliComparison
{
    private static readonly HashSet<string> TimestampMembers =
    [
        "createdAt", "imagePushedAt", "expiresAt", "lastRecordedPullTime", "lastArchivedAt", "lastActivatedAt",
        "imageScanCompletedAt", "vulnerabilitySourceUpdatedAt", "updatedAt",
    ];

    private static readonly IsoTimestampConverter Utc = new(TimeZoneInfo.Utc);

    public static string Normalize(string json, bool maskTimes = false, params (string From, string To)[] replacements)
    {
        var node = JsonNode.Parse(json);
        Walk(node, maskTimes);
        using var writer = new StringWriter { NewLine = "\n" };
        PythonJsonWriter.Write(writer, node);
        var text = writer.ToString();
        foreach (var (from, to) in replacements)
        {
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        return text;
    }

    private static void Walk(JsonNode? node, bool maskTimes)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    if (TimestampMembers.Contains(key) && obj[key] is JsonValue value)
                    {
                        obj[key] = maskTimes ? "<time>" : Utc.Format(Instant(value));
                    }
                    else
                    {
                        Walk(obj[key], maskTimes);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Walk(item, maskTimes);
                }

                break;
            default:
                break;
        }
    }

    private static DateTimeOffset Instant(JsonValue value) => value.GetValueKind() == JsonValueKind.Number
        ? DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(value.GetValue<double>() * 1000))
        : DateTimeOffset.Parse(value.GetValue<string>(), CultureInfo.InvariantCulture);
}
