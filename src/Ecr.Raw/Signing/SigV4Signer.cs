using System;
using System.Globalization;
using Ecr.Raw.Credentials;
using Ecr.Raw.Internal;

namespace Ecr.Raw.Signing;

/// <summary>
/// AWS Signature Version 4. Pure: the request, credentials, scope and time go in, a <see cref="SigningResult"/> comes
/// out, and nothing is read from a clock or the network. Thread-safe; one instance (usually <see cref="Shared"/>) caches
/// derived signing keys for all its callers.
/// </summary>
public sealed class SigV4Signer
{
    private readonly SigningKeyCache _keys;
    private CachedAmzDate? _lastDate;

    /// <summary>Creates a signer whose key cache holds up to 64 keys.</summary>
    public SigV4Signer()
        : this(64)
    {
    }

    /// <summary>Creates a signer with a key cache of the given size.</summary>
    /// <param name="keyCacheCapacity">How many derived signing keys to keep (at least 1).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="keyCacheCapacity"/> is below 1.</exception>
    public SigV4Signer(int keyCacheCapacity)
    {
        _keys = new SigningKeyCache(keyCacheCapacity);
    }

    /// <summary>A process-wide signer, so every client shares one key cache.</summary>
    public static SigV4Signer Shared { get; } = new();

    internal SigningKeyCache KeyCache => _keys;

    /// <summary>Computes the signature of a request. Applying it is separate: see <see cref="SigningResult.ApplyTo"/>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="credentials">The credentials to sign with.</param>
    /// <param name="region">The signing region, for example <c>us-east-1</c>.</param>
    /// <param name="service">The signing name of the service, for example <c>ecr</c>.</param>
    /// <param name="time">The signing time; converted to UTC and truncated to the second.</param>
    /// <param name="options">Location and canonicalisation rules; <see cref="SigningOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The signature and what to add to the request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> or <paramref name="credentials"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="region"/> or <paramref name="service"/> is empty or holds characters a credential scope cannot hold.</exception>
    public SigningResult Sign(SignableRequest request, AwsCredentials credentials, string region, string service, DateTimeOffset time, SigningOptions? options = null)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        if (credentials is null)
        {
            throw new ArgumentNullException(nameof(credentials));
        }

        ValidateScopePart(region, nameof(region));
        ValidateScopePart(service, nameof(service));
        options ??= SigningOptions.Default;

        var utc = time.ToUniversalTime();
        var payloadHash = options.PayloadChecksumHeader == PayloadChecksumHeader.XAmzContentSha256 && options.Location == SignatureLocation.Headers
            ? request.Payload.HashString()
            : null;
        var context = new SigningContext(request, credentials, region, service, utc, options, FormatAmzDate(utc), payloadHash);

        var canonical = new CharBuffer(512);
        var signedHeaders = new CharBuffer(128);
        var stringToSign = new CharBuffer(256);
        try
        {
            CanonicalRequestWriter.Write(ref canonical, ref signedHeaders, context);
            WriteStringToSign(ref stringToSign, context, canonical);

            Span<byte> signature = stackalloc byte[Crypto.HashSize];
            stringToSign.HmacSha256(_keys.Get(credentials, context.DateStamp, region, service), signature);

            return options.Location == SignatureLocation.Headers
                ? SigningResult.ForHeaders(context, BuildAuthorization(context, signedHeaders.Written, signature))
                : SigningResult.ForQuery(context, BuildPresignedQuery(context, signedHeaders.Written, signature));
        }
        finally
        {
            canonical.Dispose();
            signedHeaders.Dispose();
            stringToSign.Dispose();
        }
    }

    internal static string CanonicalRequestOf(in SigningContext context)
    {
        var canonical = new CharBuffer(512);
        var signedHeaders = new CharBuffer(128);
        try
        {
            CanonicalRequestWriter.Write(ref canonical, ref signedHeaders, context);
            return canonical.ToString();
        }
        finally
        {
            canonical.Dispose();
            signedHeaders.Dispose();
        }
    }

    internal static string StringToSignOf(in SigningContext context)
    {
        var canonical = new CharBuffer(512);
        var signedHeaders = new CharBuffer(128);
        var stringToSign = new CharBuffer(256);
        try
        {
            CanonicalRequestWriter.Write(ref canonical, ref signedHeaders, context);
            WriteStringToSign(ref stringToSign, context, canonical);
            return stringToSign.ToString();
        }
        finally
        {
            canonical.Dispose();
            signedHeaders.Dispose();
            stringToSign.Dispose();
        }
    }

    // Task 2: algorithm, request date, credential scope and the hex SHA-256 of the canonical request.
    private static void WriteStringToSign(ref CharBuffer buffer, in SigningContext context, in CharBuffer canonical)
    {
        buffer.Append(SigV4Constants.Algorithm);
        buffer.Append('\n');
        buffer.Append(context.AmzDate);
        buffer.Append('\n');
        context.WriteScope(ref buffer);
        buffer.Append('\n');
        Span<byte> digest = stackalloc byte[Crypto.HashSize];
        canonical.Sha256(digest);
        Hex.Encode(digest, buffer.AppendSpan(64));
    }

    private static string BuildAuthorization(in SigningContext context, ReadOnlySpan<char> signedHeaders, ReadOnlySpan<byte> signature)
    {
        var buffer = new CharBuffer(256);
        try
        {
            buffer.Append(SigV4Constants.Algorithm);
            buffer.Append(" Credential=");
            buffer.Append(context.Credentials.AccessKeyId);
            buffer.Append('/');
            context.WriteScope(ref buffer);
            buffer.Append(", SignedHeaders=");
            buffer.Append(signedHeaders);
            buffer.Append(", Signature=");
            Hex.Encode(signature, buffer.AppendSpan(64));
            return buffer.ToString();
        }
        finally
        {
            buffer.Dispose();
        }
    }

    private static string BuildPresignedQuery(in SigningContext context, ReadOnlySpan<char> signedHeaders, ReadOnlySpan<byte> signature)
    {
        var parameters = CanonicalRequestWriter.AuthQueryParameters(context, signedHeaders, includeToken: true);
        var buffer = new CharBuffer(512);
        try
        {
            foreach (var parameter in parameters)
            {
                buffer.Append(parameter.Key);
                buffer.Append('=');
                buffer.Append(parameter.Value);
                buffer.Append('&');
            }

            buffer.Append("X-Amz-Signature=");
            Hex.Encode(signature, buffer.AppendSpan(64));
            return buffer.ToString();
        }
        finally
        {
            buffer.Dispose();
        }
    }

    private string FormatAmzDate(DateTimeOffset utc)
    {
        var seconds = utc.ToUnixTimeSeconds();
        var last = _lastDate;
        if (last is not null && last.UnixSeconds == seconds)
        {
            return last.Text;
        }

        // Requests signed within the same second share one string; that is most of them under load.
        var text = utc.ToString(SigV4Constants.AmzDateFormat, CultureInfo.InvariantCulture);
        _lastDate = new CachedAmzDate(seconds, text);
        return text;
    }

    private static void ValidateScopePart(string value, string parameterName)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException("The value must not be empty.", parameterName);
        }

        foreach (var c in value)
        {
            if (c <= ' ' || c >= 0x7F || c == '/')
            {
                throw new ArgumentException("The value must be printable ASCII without spaces or '/', as a credential scope requires.", parameterName);
            }
        }
    }

    private sealed class CachedAmzDate
    {
        public CachedAmzDate(long unixSeconds, string text)
        {
            UnixSeconds = unixSeconds;
            Text = text;
        }

        public long UnixSeconds { get; }

        public string Text { get; }
    }
}
