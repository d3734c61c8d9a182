using System;
using System.Collections.Generic;
using System.Net.Http;
using Ecr.Raw.Credentials;

namespace Ecr.Raw.Signing;

/// <summary>
/// A computed SigV4 signature and what to add to the request to carry it. <see cref="ToString"/> redacts the
/// signature; <see cref="CanonicalRequest"/> and <see cref="StringToSign"/> are rebuilt on demand for diagnostics.
/// </summary>
public sealed class SigningResult
{
    private readonly SigningContext _context;

    private SigningResult(SigningContext context, string? authorization, string? presignedQuery)
    {
        _context = context;
        Authorization = authorization;
        PresignedQuery = presignedQuery;
    }

    /// <summary>Where the signature is carried.</summary>
    public SignatureLocation Location => _context.Options.Location;

    /// <summary>The signing time as <c>yyyyMMddTHHmmssZ</c>.</summary>
    public string AmzDate => _context.AmzDate;

    /// <summary>The signature as 64 lower-case hex digits.</summary>
    public string Signature
    {
        get
        {
            var carrier = Authorization ?? PresignedQuery!;
            return carrier.Substring(carrier.Length - 64);
        }
    }

    /// <summary>The <c>Authorization</c> header value in header mode; <see langword="null"/> in query mode.</summary>
    public string? Authorization { get; }

    /// <summary>
    /// In query mode, the encoded parameters to append to the request's query string (<c>X-Amz-Algorithm=…&amp;…&amp;X-Amz-Signature=…</c>);
    /// <see langword="null"/> in header mode.
    /// </summary>
    public string? PresignedQuery { get; }

    /// <summary>
    /// The headers to add, in the order AWS SDKs send them: <c>X-Amz-Security-Token</c>, <c>X-Amz-Date</c>,
    /// <c>x-amz-content-sha256</c>, <c>Authorization</c> (those that apply). Empty in query mode.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers
    {
        get
        {
            if (Authorization is null)
            {
                return Array.Empty<KeyValuePair<string, string>>();
            }

            var headers = new List<KeyValuePair<string, string>>(4);
            if (_context.Credentials.SessionToken is { } token)
            {
                headers.Add(new(SigV4Constants.SecurityTokenHeader, token));
            }

            headers.Add(new(SigV4Constants.AmzDateHeader, AmzDate));
            if (_context.PayloadHash is { } hash)
            {
                headers.Add(new(SigV4Constants.ContentSha256Header, hash));
            }

            headers.Add(new(SigV4Constants.AuthorizationHeader, Authorization));
            return headers;
        }
    }

    /// <summary>The canonical request (task 1). It holds the session token when one was signed: treat it as a secret.</summary>
    public string CanonicalRequest => SigV4Signer.CanonicalRequestOf(_context);

    /// <summary>The string to sign (task 2).</summary>
    public string StringToSign => SigV4Signer.StringToSignOf(_context);

    /// <summary>Adds the signature to a request: replaces its signing headers, or appends the presigned query.</summary>
    /// <param name="request">The request that was signed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Query mode and the request has no absolute URI.</exception>
    public void ApplyTo(HttpRequestMessage request)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        if (Authorization is null)
        {
            if (request.RequestUri is not { IsAbsoluteUri: true } uri)
            {
                throw new InvalidOperationException("A presigned request needs an absolute RequestUri.");
            }

            request.RequestUri = ToPresignedUri(uri);
            return;
        }

        foreach (var header in Headers)
        {
            request.Headers.Remove(header.Key);
            request.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
    }

    /// <summary>The presigned URL: <paramref name="requestUri"/> with <see cref="PresignedQuery"/> appended.</summary>
    /// <param name="requestUri">The absolute URI that was signed.</param>
    /// <returns>The presigned URI.</returns>
    /// <exception cref="InvalidOperationException">This is a header-mode result.</exception>
    public Uri ToPresignedUri(Uri requestUri)
    {
        if (requestUri is null)
        {
            throw new ArgumentNullException(nameof(requestUri));
        }

        if (PresignedQuery is null)
        {
            throw new InvalidOperationException("Only a query-mode signature makes a presigned URL.");
        }

        var builder = new UriBuilder(requestUri);
        var existing = builder.Query.TrimStart('?');
        builder.Query = existing.Length == 0 ? PresignedQuery : existing + "&" + PresignedQuery;
        return builder.Uri;
    }

    /// <summary>A description safe to log: the signature and token are redacted.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"SigningResult {{ Location = {Location}, AmzDate = {AmzDate}, AccessKeyId = {_context.Credentials.AccessKeyId}, Region = {_context.Region}, Service = {_context.Service}, Signature = {AwsCredentials.Redacted} }}";

    internal static SigningResult ForHeaders(in SigningContext context, string authorization) => new(context, authorization, null);

    internal static SigningResult ForQuery(in SigningContext context, string presignedQuery) => new(context, null, presignedQuery);
}
