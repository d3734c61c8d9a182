using System;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Ecr.Raw.Config;
using Ecr.Raw.Errors;

namespace Ecr.Raw.Credentials;

/// <summary>
/// EC2 instance metadata, IMDSv2 only: a session token from <c>PUT /latest/api/token</c> (TTL 21600 s), then signed-in
/// GETs. Every request has a 1-second timeout and the whole exchange at most one retry, so off EC2 it gives up within
/// about 2 seconds instead of the 20 to 90 seconds users know from SDKs.
/// </summary>
internal sealed class InstanceMetadataClient
{
    public const int TokenTtlSeconds = 21600;
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(1);
    private readonly TimeProvider _time;
    private string? _token;
    private DateTimeOffset _tokenExpires;

    public InstanceMetadataClient(Uri endpoint, TimeProvider time)
    {
        Endpoint = endpoint;
        _time = time;
    }

    public Uri Endpoint { get; }

    public static bool IsDisabled(AwsEnvironment environment) =>
        string.Equals(environment.Get("AWS_EC2_METADATA_DISABLED"), "true", StringComparison.OrdinalIgnoreCase);

    public static Uri ResolveEndpoint(AwsEnvironment environment)
    {
        if (environment.Get("AWS_EC2_METADATA_SERVICE_ENDPOINT") is { } configured)
        {
            return Uri.TryCreate(configured, UriKind.Absolute, out var uri)
                ? uri
                : throw new EcrException(EcrErrorKind.Configuration, $"AWS_EC2_METADATA_SERVICE_ENDPOINT holds '{configured}', which is not an absolute URL.");
        }

        return string.Equals(environment.Get("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE"), "IPv6", StringComparison.OrdinalIgnoreCase)
            ? new Uri("http://[fd00:ec2::254]")
            : new Uri("http://169.254.169.254");
    }

    /// <summary>GETs a metadata path; at most one retry across the token and the GET together.</summary>
    public async Task<string> GetAsync(string path, CancellationToken cancellationToken)
    {
        var retried = false;
        while (true)
        {
            try
            {
                var token = await TokenAsync(cancellationToken).ConfigureAwait(false);
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Endpoint, path));
                request.Headers.TryAddWithoutValidation("X-aws-ec2-metadata-token", token);
                return await SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (EcrException ex) when (!retried && ex.IsRetryable && !cancellationToken.IsCancellationRequested)
            {
                retried = true;
                if (ex.StatusCode == System.Net.HttpStatusCode.Unauthorized)
                {
                    _token = null;
                }
            }
        }
    }

    private async Task<string> TokenAsync(CancellationToken cancellationToken)
    {
        if (_token is not null && _time.GetUtcNow() < _tokenExpires)
        {
            return _token;
        }

        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(Endpoint, "/latest/api/token"));
        request.Headers.TryAddWithoutValidation("X-aws-ec2-metadata-token-ttl-seconds", TokenTtlSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var token = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        _token = token;
        _tokenExpires = _time.GetUtcNow().AddSeconds(TokenTtlSeconds - 60);
        return token;
    }

    private async Task<string> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var timeout = MetadataTimeout.Create(_time, RequestTimeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await MetadataHttp.Client.SendAsync(request, linked.Token).ConfigureAwait(false);
            var body = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false));
            if (!response.IsSuccessStatusCode)
            {
                var status = (int)response.StatusCode;
                var kind = status >= 500 || status == 401 ? EcrErrorKind.ServiceUnavailable : EcrErrorKind.Configuration;
                throw new EcrException(kind, $"The instance metadata service answered {request.Method} {request.RequestUri!.AbsolutePath} with HTTP {status}.", statusCode: response.StatusCode);
            }

            return body.Trim();
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new EcrException(EcrErrorKind.Timeout, $"The instance metadata service at {Endpoint.Host} did not answer within 1 s (not on EC2, or the hop limit is too low).", innerException: ex);
        }
        catch (HttpRequestException ex)
        {
            throw new EcrException(EcrErrorKind.Network, $"The instance metadata service at {Endpoint.Host} is unreachable: {ex.Message}", innerException: ex);
        }
    }
}
