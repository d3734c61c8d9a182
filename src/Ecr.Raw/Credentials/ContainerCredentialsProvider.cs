using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Ecr.Raw.Config;
using Ecr.Raw.Errors;

namespace Ecr.Raw.Credentials;

/// <summary>
/// ECS task roles and EKS Pod Identity: <c>AWS_CONTAINER_CREDENTIALS_RELATIVE_URI</c> (on 169.254.170.2) or
/// <c>AWS_CONTAINER_CREDENTIALS_FULL_URI</c>, with the token of <c>AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE</c> (re-read on
/// every fetch) or <c>AWS_CONTAINER_AUTHORIZATION_TOKEN</c>. Plain http only to the ECS and EKS addresses or loopback.
/// </summary>
public sealed class ContainerCredentialsProvider : IAwsCredentialsProvider, ICredentialSource
{
    internal const string EcsHost = "169.254.170.2";
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(1);
    private readonly AwsEnvironment _environment;
    private readonly TimeProvider _time;

    /// <summary>Reads the process environment.</summary>
    /// <param name="options">The clock; defaults when <see langword="null"/>.</param>
    public ContainerCredentialsProvider(AwsCredentialsOptions? options = null)
        : this(AwsEnvironment.Process, options ?? new AwsCredentialsOptions())
    {
    }

    internal ContainerCredentialsProvider(AwsEnvironment environment, AwsCredentialsOptions options)
    {
        _environment = environment;
        _time = options.TimeProvider;
    }

    string ICredentialSource.SourceName => "container";

    // Container credentials rotate often; the SDKs refresh them a quarter of an hour early.
    TimeSpan ICredentialSource.RefreshBefore => TimeSpan.FromMinutes(15);

    /// <inheritdoc />
    public async ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default) =>
        (await ((ICredentialSource)this).LookupAsync(cancellationToken).ConfigureAwait(false)).OrThrow("the container endpoint");

    async ValueTask<CredentialLookup> ICredentialSource.LookupAsync(CancellationToken cancellationToken)
    {
        var uri = Endpoint();
        if (uri is null)
        {
            return CredentialLookup.Skip("neither AWS_CONTAINER_CREDENTIALS_RELATIVE_URI nor AWS_CONTAINER_CREDENTIALS_FULL_URI is set");
        }

        var token = AuthorizationToken();
        EcrException? last = null;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            try
            {
                return CredentialLookup.Found(await FetchAsync(uri, token, cancellationToken).ConfigureAwait(false));
            }
            catch (EcrException ex) when (ex.IsRetryable && !cancellationToken.IsCancellationRequested)
            {
                last = ex;
            }
        }

        throw last!;
    }

    internal static bool IsAllowedPlainHost(Uri uri)
    {
        var host = uri.Host.Trim('[', ']');
        if (host == EcsHost || host == "169.254.170.23" || string.Equals(host, "fd00:ec2::23", StringComparison.OrdinalIgnoreCase) || uri.IsLoopback)
        {
            return true;
        }

        return IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address);
    }

    private Uri? Endpoint()
    {
        if (_environment.Get("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") is { } relative)
        {
            return new Uri("http://" + EcsHost + (relative.StartsWith("/", StringComparison.Ordinal) ? relative : "/" + relative));
        }

        if (_environment.Get("AWS_CONTAINER_CREDENTIALS_FULL_URI") is not { } full)
        {
            return null;
        }

        if (!Uri.TryCreate(full, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new EcrException(EcrErrorKind.Configuration, $"AWS_CONTAINER_CREDENTIALS_FULL_URI holds '{full}', which is not an http or https URL.");
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !IsAllowedPlainHost(uri))
        {
            throw new EcrException(EcrErrorKind.Configuration, $"AWS_CONTAINER_CREDENTIALS_FULL_URI uses plain http to '{uri.Host}'; http is allowed only to 169.254.170.2, 169.254.170.23, fd00:ec2::23 or loopback.");
        }

        return uri;
    }

    private string? AuthorizationToken()
    {
        string? token = null;
        if (_environment.Get("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE") is { } file)
        {
            try
            {
                token = File.ReadAllText(_environment.ExpandHome(file)).Trim();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new EcrException(EcrErrorKind.Configuration, $"AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE '{file}' cannot be read: {ex.Message}", innerException: ex);
            }
        }

        token ??= _environment.GetVariable("AWS_CONTAINER_AUTHORIZATION_TOKEN");
        if (token is not null && (token.IndexOf('\r') >= 0 || token.IndexOf('\n') >= 0))
        {
            throw new EcrException(EcrErrorKind.Configuration, "The container authorization token holds a CR or LF character, which would split the Authorization header; it is refused.");
        }

        return string.IsNullOrEmpty(token) ? null : token;
    }

    private async Task<AwsCredentials> FetchAsync(Uri uri, string? token, CancellationToken cancellationToken)
    {
        using var timeout = MetadataTimeout.Create(_time, AttemptTimeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", token);
        }

        try
        {
            using var response = await MetadataHttp.Client.SendAsync(request, linked.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var kind = (int)response.StatusCode >= 500 ? EcrErrorKind.ServiceUnavailable : EcrErrorKind.AccessDenied;
                throw new EcrException(kind, $"The container credentials endpoint answered HTTP {(int)response.StatusCode}.", statusCode: response.StatusCode);
            }

            return CredentialJson.ToCredentials(CredentialJson.ReadFlat(body, "the container endpoint"), "the container endpoint", "Token");
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new EcrException(EcrErrorKind.Timeout, $"The container credentials endpoint {uri.Host} did not answer within {AttemptTimeout.TotalSeconds:0} s.", innerException: ex);
        }
        catch (HttpRequestException ex)
        {
            throw new EcrException(EcrErrorKind.Network, $"The container credentials endpoint {uri.Host} is unreachable: {ex.Message}", innerException: ex);
        }
    }
}
