using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Ecr.Raw.Credentials;

namespace Ecr.Raw.Signing;

/// <summary>Signs an <see cref="HttpRequestMessage"/> in place.</summary>
public static class HttpRequestMessageSigningExtensions
{
    /// <summary>
    /// Signs <paramref name="request"/>: its method, absolute URI (path and query as sent), <c>Host</c>, its other headers and
    /// content headers but <c>Content-Length</c>, and its buffered body. Any earlier signature is replaced, so a retried
    /// request can be signed again.
    /// </summary>
    /// <param name="request">The request; its <see cref="HttpRequestMessage.RequestUri"/> must be absolute.</param>
    /// <param name="signer">The signer.</param>
    /// <param name="credentials">The credentials.</param>
    /// <param name="region">The signing region.</param>
    /// <param name="service">The signing name of the service.</param>
    /// <param name="time">The signing time.</param>
    /// <param name="options">Signing options; <see cref="SigningOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    /// <returns>The signature that was applied.</returns>
    /// <exception cref="ArgumentException">The request has no absolute URI, or a header is malformed.</exception>
    public static async Task<SigningResult> SignAsync(
        this HttpRequestMessage request,
        SigV4Signer signer,
        AwsCredentials credentials,
        string region,
        string service,
        DateTimeOffset time,
        SigningOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        if (signer is null)
        {
            throw new ArgumentNullException(nameof(signer));
        }

        if (request.RequestUri is not { IsAbsoluteUri: true } uri)
        {
            throw new ArgumentException("The request needs an absolute RequestUri to be signed.", nameof(request));
        }

        var payload = SignablePayload.Empty;
        if (options?.PayloadChecksumHeader != PayloadChecksumHeader.None || request.Content is not null)
        {
            if (request.Content is not null)
            {
#if NET8_0_OR_GREATER
                var body = await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
#else
                cancellationToken.ThrowIfCancellationRequested();
                var body = await request.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
#endif
                payload = SignablePayload.FromBytes(body);
            }
        }

        var headers = new List<KeyValuePair<string, string>>
        {
            new("Host", request.Headers.Host ?? uri.Authority),
        };
        foreach (var header in request.Headers)
        {
            if (!string.Equals(header.Key, "Host", StringComparison.OrdinalIgnoreCase))
            {
                headers.Add(new(header.Key, string.Join(", ", header.Value)));
            }
        }

        if (request.Content is not null)
        {
            foreach (var header in request.Content.Headers)
            {
                if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    headers.Add(new(header.Key, string.Join(", ", header.Value)));
                }
            }
        }

        var signable = new SignableRequest(request.Method.Method, uri.AbsolutePath, uri.Query.TrimStart('?'), headers, payload);
        var result = signer.Sign(signable, credentials, region, service, time, options);
        if (result.Location == SignatureLocation.QueryString)
        {
            // The URI has no signature yet: presign from the unsigned one.
            request.RequestUri = result.ToPresignedUri(uri);
        }
        else
        {
            result.ApplyTo(request);
        }

        return result;
    }
}
