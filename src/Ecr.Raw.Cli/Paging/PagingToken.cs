using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ecr.Raw.Cli.Parsing;

namespace Ecr.Raw.Cli.Paging;

/// <summary>
/// The <c>NextToken</c> the AWS CLI prints under <c>--max-items</c> and takes back as <c>--starting-token</c>: base64 of
/// Python's <c>json.dumps({"nextToken": …, "boto_truncate_amount": n})</c>. Byte-identical to botocore's, so a token
/// from one tool resumes in the other.
/// </summary>
/// <param name="NextToken">The service's token for the page to request, or null for the first page.</param>
/// <param name="TruncateAmount">How many items of that page were already printed; null when none were.</param>
internal sealed record PagingToken(string? NextToken, int? TruncateAmount)
{
    /// <summary>The encoded token.</summary>
    public string Encode()
    {
        var json = new StringBuilder("{\"nextToken\": ");
        if (NextToken is null)
        {
            json.Append("null");
        }
        else
        {
            AppendAsciiString(json, NextToken);
        }

        if (TruncateAmount is { } amount)
        {
            json.Append(", \"boto_truncate_amount\": ").Append(amount.ToString(CultureInfo.InvariantCulture));
        }

        json.Append('}');
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json.ToString()));
    }

    /// <summary>Reads a <c>--starting-token</c>.</summary>
    /// <exception cref="UsageException">The token is not one the AWS CLI or ecr-raw printed.</exception>
    public static PagingToken Decode(string token)
    {
        try
        {
            if (JsonNode.Parse(Convert.FromBase64String(token)) is JsonObject obj
                && obj.TryGetPropertyValue("nextToken", out var next)
                && (next is null || next.GetValueKind() == JsonValueKind.String))
            {
                var amount = obj["boto_truncate_amount"] is JsonValue value && value.TryGetValue<int>(out var n) && n >= 0 ? n : (int?)null;
                return new PagingToken(next?.GetValue<string>(), amount);
            }
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            // Reported below.
        }

        throw new UsageException($"Bad starting token: {token} (--starting-token takes the NextToken a previous call printed)", showUsage: false);
    }

    // json.dumps with its default ensure_ascii: everything outside ASCII as \uXXXX (UTF-16 units, as Python writes).
    private static void AppendAsciiString(StringBuilder json, string value)
    {
        json.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': json.Append("\\\""); break;
                case '\\': json.Append("\\\\"); break;
                case '\n': json.Append("\\n"); break;
                case '\r': json.Append("\\r"); break;
                case '\t': json.Append("\\t"); break;
                case '\b': json.Append("\\b"); break;
                case '\f': json.Append("\\f"); break;
                default:
                    if (c < ' ' || c > '~')
                    {
                        json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        json.Append(c);
                    }

                    break;
            }
        }

        json.Append('"');
    }
}
