using System;
using System.Text;
using Ecr.Raw.Internal;

namespace Ecr.Raw.Credentials;

/// <summary>
/// An AWS access key pair, optionally with a session token and an expiry. Immutable; <see cref="ToString"/>
/// never shows the secret or the token.
/// </summary>
public sealed class AwsCredentials
{
    internal const string Redacted = "** REDACTED **";

    /// <summary>Creates credentials.</summary>
    /// <param name="accessKeyId">The access key id, for example <c>AKIAIOSFODNN7EXAMPLE</c>. Must not be empty.</param>
    /// <param name="secretAccessKey">The secret access key. Must not be empty.</param>
    /// <param name="sessionToken">The session token of temporary credentials, or <see langword="null"/>.</param>
    /// <param name="expiration">When temporary credentials stop working, or <see langword="null"/> for long-term keys.</param>
    /// <exception cref="ArgumentException">A key is null, empty or holds a control character, or the token is empty.</exception>
    public AwsCredentials(string accessKeyId, string secretAccessKey, string? sessionToken = null, DateTimeOffset? expiration = null)
    {
        Require(accessKeyId, nameof(accessKeyId));
        Require(secretAccessKey, nameof(secretAccessKey));
        if (sessionToken is not null)
        {
            Require(sessionToken, nameof(sessionToken));
        }

        AccessKeyId = accessKeyId;
        SecretAccessKey = secretAccessKey;
        SessionToken = sessionToken;
        Expiration = expiration;

        // The signing-key cache is keyed by this digest so that it never holds the secret itself.
        Span<byte> digest = stackalloc byte[Crypto.HashSize];
        Crypto.Sha256(Encoding.UTF8.GetBytes(secretAccessKey), digest);
        SecretFingerprint = Hex.Encode(digest);
    }

    /// <summary>The access key id. Not a secret: it appears in every signed request.</summary>
    public string AccessKeyId { get; }

    /// <summary>The secret access key.</summary>
    public string SecretAccessKey { get; }

    /// <summary>The session token of temporary credentials, or <see langword="null"/>.</summary>
    public string? SessionToken { get; }

    /// <summary>When these credentials expire, or <see langword="null"/> when they do not.</summary>
    public DateTimeOffset? Expiration { get; }

    internal string SecretFingerprint { get; }

    /// <summary>The access key id and expiry; the secret and token are shown as <c>** REDACTED **</c>.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() =>
        $"AwsCredentials {{ AccessKeyId = {AccessKeyId}, SecretAccessKey = {Redacted}, SessionToken = {(SessionToken is null ? "(none)" : Redacted)}, Expiration = {(Expiration?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "(none)")} }}";

    private static void Require(string value, string parameterName)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException("The value must not be null or empty.", parameterName);
        }

        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                throw new ArgumentException("The value must not contain control characters such as CR or LF.", parameterName);
            }
        }
    }
}
