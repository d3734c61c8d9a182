using System;
using System.Net.Http;
using Ecr.Raw.Credentials;
using Ecr.Raw.Retry;
using Ecr.Raw.Signing;

namespace Ecr.Raw;

/// <summary>How an <see cref="EcrClient"/> reaches ECR. Every property has a default that works on AWS.</summary>
public sealed class EcrClientOptions
{
    /// <summary>The default cap on a response body: 64 MiB.</summary>
    public const long DefaultMaxResponseBytes = 64L * 1024 * 1024;

    /// <summary>The AWS region, for example <c>us-east-1</c>; also the signing region.</summary>
    /// <value>Defaults to <c>AWS_REGION</c>, then <c>AWS_DEFAULT_REGION</c>, then the profile's <c>region</c>.</value>
    public string? Region { get; set; }

    /// <summary>Where credentials come from.</summary>
    /// <value>Defaults to the <see cref="DefaultCredentialsChain"/>: environment, web identity, shared files, container, EC2 metadata.</value>
    public IAwsCredentialsProvider? Credentials { get; set; }

    /// <summary>The shared-files profile for region, endpoint, retry settings and credentials.</summary>
    /// <value>Defaults to <c>AWS_PROFILE</c>, then <c>default</c>.</value>
    public string? ProfileName { get; set; }

    /// <summary>Whether <see cref="EcrClient.CreateAsync"/> may ask EC2 instance metadata for the region when no other source names one.</summary>
    /// <value>Defaults to <see langword="false"/>.</value>
    public bool UseInstanceMetadataRegion { get; set; }

    /// <summary>A custom endpoint such as <c>http://127.0.0.1:5000</c> (moto, a proxy, a VPC endpoint).</summary>
    /// <value>Defaults to <c>AWS_ENDPOINT_URL_ECR</c>, then <c>AWS_ENDPOINT_URL</c>, then the profile's <c>[services]</c> <c>ecr</c> <c>endpoint_url</c> and its <c>endpoint_url</c>, then the ECR endpoint of <see cref="Region"/>.</value>
    public Uri? Endpoint { get; set; }

    /// <summary>Whether to use the FIPS endpoint. Cannot be combined with <see cref="Endpoint"/>.</summary>
    /// <value>Defaults to <see langword="false"/>.</value>
    public bool UseFips { get; set; }

    /// <summary>Whether to use the dual-stack (IPv6) endpoint. Cannot be combined with <see cref="Endpoint"/>.</summary>
    /// <value>Defaults to <see langword="false"/>.</value>
    public bool UseDualStack { get; set; }

    /// <summary>Whether a custom endpoint may use plain http to a host that is not loopback.</summary>
    /// <value>Defaults to <see langword="false"/>: requests signed in the clear are refused.</value>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>The client to send with, for example one from <c>IHttpClientFactory</c>. Its timeout and handlers apply.</summary>
    /// <value>Defaults to a shared client over one <c>SocketsHttpHandler</c> with a 2-minute pooled-connection lifetime.</value>
    public HttpClient? HttpClient { get; set; }

    /// <summary>A handler to send with when no <see cref="HttpClient"/> is given; not disposed by the client.</summary>
    /// <value>Defaults to <see langword="null"/>.</value>
    public HttpMessageHandler? HttpMessageHandler { get; set; }

    /// <summary>The clock used for signing.</summary>
    /// <value>Defaults to <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The largest response body accepted; a larger one fails with <c>ResponseTooLarge</c>.</summary>
    /// <value>Defaults to 64 MiB.</value>
    public long MaxResponseBytes { get; set; } = DefaultMaxResponseBytes;

    /// <summary>The longest one operation may take, all attempts included; <see langword="null"/> for no limit.</summary>
    /// <value>Defaults to <see langword="null"/>.</value>
    public TimeSpan? OperationTimeout { get; set; }

    /// <summary>The longest one attempt may take; a slower attempt is abandoned and retried.</summary>
    /// <value>Defaults to <see langword="null"/>: only the HttpClient's own timeout applies.</value>
    public TimeSpan? AttemptTimeout { get; set; }

    /// <summary>How failed calls are retried.</summary>
    /// <value>Defaults to standard mode, 3 attempts, overridable by <c>AWS_RETRY_MODE</c> and <c>AWS_MAX_ATTEMPTS</c>.</value>
    public EcrRetryOptions Retry { get; set; } = new();

    /// <summary>The signer; shares its key cache with every client that uses it.</summary>
    /// <value>Defaults to <see cref="SigV4Signer.Shared"/>.</value>
    public SigV4Signer? Signer { get; set; }
}
