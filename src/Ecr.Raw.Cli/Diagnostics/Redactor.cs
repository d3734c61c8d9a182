using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ecr.Raw.Cli.Diagnostics;

/// <summary>What the --debug trace must not print: credentials, signatures and the registry password.</summary>
internal static class Redactor
{
    /// <summary>What replaces a secret.</summary>
    public const string Mask = "[redacted]";

    private static readonly string[] SecretHeaders = ["Authorization", "X-Amz-Security-Token"];
    private static readonly string[] SecretMembers = ["authorizationToken"];

    /// <summary>A header value fit to print.</summary>
    public static string Header(string name, string value) =>
        SecretHeaders.Any(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase)) ? Mask : value;

    /// <summary>A body fit to print: JSON with secret members masked; anything else as it is.</summary>
    public static string Body(string body)
    {
        if (!SecretMembers.Any(m => body.Contains(m, StringComparison.Ordinal)))
        {
            return body;
        }

        try
        {
            var node = JsonNode.Parse(body);
            MaskSecrets(node);
            return node?.ToJsonString() ?? body;
        }
        catch (JsonException)
        {
            // Not JSON, yet it names a secret member: print nothing of it.
            return Mask;
        }
    }

    private static void MaskSecrets(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    if (SecretMembers.Contains(key, StringComparer.Ordinal))
                    {
                        obj[key] = Mask;
                    }
                    else
                    {
                        MaskSecrets(obj[key]);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    MaskSecrets(item);
                }

                break;
            default:
                break;
        }
    }
}
