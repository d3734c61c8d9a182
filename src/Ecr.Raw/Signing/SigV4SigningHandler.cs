using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Ecr.Raw.Credentials;

namespace Ecr.Raw.Signing;

/// <summary>
/// A <see cref="DelegatingHandler"/> that signs every request it sends with SigV4, anew on each send, so it can sit
/// under a retrying handler or an <c>IHttpClientFactory</c> pipeline.
/// </summary>
public sealed class SigV4SigningHandler : DelegatingHandler
{
    private readonly IAwsCredentialsProvider _credentials;
    private readonly string _region;
    private readonly string _service;
    private readonly TimeProvider _time;
    private readonly SigningOptions _options;
    private readonly SigV4Signer _signer;

    /// <summary>Creates the handler.</summary>
    /// <param name="credentials">Where credentials come from; asked on every send.</param>
    /// <param name="region">The signing region.</param>
    /// <param name="service">The signing name of the service.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <param name="options">Signing options; <see cref="SigningOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="signer">The signer; <see cref="SigV4Signer.Shared"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="credentials"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="region"/> or <paramref name="service"/> is empty.</exception>
    public SigV4SigningHandler(
        IAwsCredentialsProvider credentials,
        string region,
        string service,
        TimeProvider? timeProvider = null,
        SigningOptions? options = null,
        SigV4Signer? signer = null)
    {
        _credentials = credentials ?? throw new ArgumentNullException(nameof(credentials));
        if (string.IsNullOrEmpty(region))
        {
            throw new ArgumentException("The signing region must not be empty.", nameof(region));
        }

        if (string.IsNullOrEmpty(service))
        {
            throw new ArgumentException("The signing service must not be empty.", nameof(service));
        }

        _region = region;
        _service = service;
        _time = timeProvider ?? TimeProvider.System;
        _options = options ?? SigningOptions.Default;
        _signer = signer ?? SigV4Signer.Shared;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var credentials = await _credentials.GetCredentialsAsync(cancellationToken).ConfigureAwait(false);
        await request.SignAsync(_signer, credentials, _region, _service, _time.GetUtcNow(), _options, cancellationToken).ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
