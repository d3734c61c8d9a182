using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ecr.Raw.Cli.Output;
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
        using var json = new StringWriter(CultureInfo.InvariantCulture);
        json.Write("{\"nextToken\": ");
        if (NextToken is null)
        {
            json.Write("null");
        }
        else
        {
            // json.dumps keeps its default ensure_ascii here.
            PythonJsonWriter.WriteString(json, NextToken, ensureAscii: true);
        }

        if (TruncateAmount is { } amount)
        {
            json.Write(", \"boto_truncate_amount\": ");
            json.Write(amount.ToString(CultureInfo.InvariantCulture));
        }

        json.Write('}');
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
}
