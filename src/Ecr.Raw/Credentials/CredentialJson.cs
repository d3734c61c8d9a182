using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Ecr.Raw.Errors;

namespace Ecr.Raw.Credentials;

/// <summary>
/// The credential documents of credential_process, the container endpoint and IMDS: a flat JSON object of strings
/// (<c>AccessKeyId</c>, <c>SecretAccessKey</c>, <c>Token</c> or <c>SessionToken</c>, ISO-8601 <c>Expiration</c>, …).
/// </summary>
internal static class CredentialJson
{
    public static Dictionary<string, string> ReadFlat(ReadOnlySpan<byte> json, string source)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw Invalid(source, "it is not a JSON object");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                switch (reader.TokenType)
                {
                    case JsonTokenType.String:
                        values[name] = reader.GetString()!;
                        break;
                    case JsonTokenType.Number:
                        values[name] = reader.GetDouble().ToString(CultureInfo.InvariantCulture);
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
        }
        catch (JsonException)
        {
            throw Invalid(source, "it is not valid JSON");
        }

        return values;
    }

    public static AwsCredentials ToCredentials(Dictionary<string, string> values, string source, string tokenName)
    {
        if (!values.TryGetValue("AccessKeyId", out var keyId) || keyId.Length == 0)
        {
            throw Invalid(source, "AccessKeyId is missing");
        }

        if (!values.TryGetValue("SecretAccessKey", out var secret) || secret.Length == 0)
        {
            throw Invalid(source, "SecretAccessKey is missing");
        }

        values.TryGetValue(tokenName, out var token);
        DateTimeOffset? expiration = null;
        if (values.TryGetValue("Expiration", out var text))
        {
            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                throw Invalid(source, "Expiration is not an ISO-8601 date and time");
            }

            expiration = parsed;
        }

        return new AwsCredentials(keyId, secret, string.IsNullOrEmpty(token) ? null : token, expiration);
    }

    private static EcrException Invalid(string source, string problem) =>
        new(EcrErrorKind.InvalidResponse, $"The credentials from {source} are not usable: {problem}.");
}
