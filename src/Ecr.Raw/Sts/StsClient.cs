using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Ecr.Raw.Credentials;
using Ecr.Raw.Errors;
using Ecr.Raw.Signing;

namespace Ecr.Raw.Sts;

/// <summary>
/// AWS STS over its Query protocol (form POST, <c>Action</c>, <c>Version=2011-06-15</c>, XML answers), hand-rolled like the
/// ECR client: just the two calls the credential chain needs.
/// </summary>
internal sealed class StsClient
{
    private const string Version = "2011-06-15";
    private static readonly Lazy<HttpClient> SharedClient = new(() => new HttpClient { Timeout = TimeSpan.FromSeconds(30) });

    private readonly HttpClient _http;
    private readonly TimeProvider _time;

    public StsClient(Uri endpoint, string region, TimeProvider time, HttpClient? http = null)
    {
        Endpoint = endpoint;
        Region = region;
        _time = time;
        _http = http ?? SharedClient.Value;
    }

    public Uri Endpoint { get; }

    public string Region { get; }

    /// <summary>The regional endpoint (<c>https://sts.{region}.amazonaws.com</c>, <c>.com.cn</c> in China), unless overridden.</summary>
    public static Uri ResolveEndpoint(string region, Uri? configured)
    {
        if (configured is not null)
        {
            return configured;
        }

        var suffix = region.StartsWith("cn-", StringComparison.Ordinal) ? "amazonaws.com.cn" : "amazonaws.com";
        return new Uri($"https://sts.{region}.{suffix}");
    }

    public Task<AwsCredentials> AssumeRoleAsync(string roleArn, string sessionName, string? externalId, AwsCredentials source, CancellationToken cancellationToken)
    {
        var parameters = new List<KeyValuePair<string, string>>
        {
            new("Action", "AssumeRole"),
            new("Version", Version),
            new("RoleArn", roleArn),
            new("RoleSessionName", sessionName),
        };
        if (externalId is not null)
        {
            parameters.Add(new("ExternalId", externalId));
        }

        return SendAsync("AssumeRole", parameters, source, cancellationToken);
    }

    /// <summary>Exchanges an OIDC token for credentials; like the AWS SDKs, this call is not signed.</summary>
    public Task<AwsCredentials> AssumeRoleWithWebIdentityAsync(string roleArn, string sessionName, string webIdentityToken, CancellationToken cancellationToken) =>
        SendAsync(
            "AssumeRoleWithWebIdentity",
            [
                new("Action", "AssumeRoleWithWebIdentity"),
                new("Version", Version),
                new("RoleArn", roleArn),
                new("RoleSessionName", sessionName),
                new("WebIdentityToken", webIdentityToken),
            ],
            signWith: null,
            cancellationToken);

    private async Task<AwsCredentials> SendAsync(string action, IReadOnlyList<KeyValuePair<string, string>> parameters, AwsCredentials? signWith, CancellationToken cancellationToken)
    {
        var form = string.Join("&", parameters.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        var body = Encoding.UTF8.GetBytes(form);
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
        if (signWith is not null)
        {
            await request.SignAsync(SigV4Signer.Shared, signWith, Region, "sts", _time.GetUtcNow(), cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new EcrException(EcrErrorKind.Network, $"STS {action} could not reach {Endpoint.Host}: {ex.Message}", operation: action, innerException: ex);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            var requestId = response.Headers.TryGetValues("x-amzn-RequestId", out var ids) ? ids.FirstOrDefault() : null;
            if (!StsXml.TryParse(text, out var document))
            {
                throw new EcrException(
                    response.IsSuccessStatusCode ? EcrErrorKind.InvalidResponse : EcrErrorClassifier.Classify(null, response.StatusCode),
                    $"STS {action} answered HTTP {(int)response.StatusCode} with a body that is not XML.",
                    statusCode: response.StatusCode,
                    requestId: requestId,
                    operation: action);
            }

            if (!response.IsSuccessStatusCode)
            {
                var code = Element(document, "Code");
                var message = Element(document, "Message") ?? $"STS {action} failed with HTTP {(int)response.StatusCode}.";
                throw new EcrException(EcrErrorClassifier.Classify(code, response.StatusCode), message, code, response.StatusCode, requestId, action);
            }

            var keyId = Element(document, "AccessKeyId");
            var secret = Element(document, "SecretAccessKey");
            var token = Element(document, "SessionToken");
            var expiration = Element(document, "Expiration");
            if (keyId is null || secret is null || token is null)
            {
                throw new EcrException(EcrErrorKind.InvalidResponse, $"STS {action} answered without credentials.", statusCode: response.StatusCode, requestId: requestId, operation: action);
            }

            return new AwsCredentials(keyId, secret, token, expiration is null ? null : DateTimeOffset.Parse(expiration, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
        }
    }

    private static string? Element(IReadOnlyList<KeyValuePair<string, string>> elements, string localName) =>
        elements.FirstOrDefault(e => e.Key == localName).Value;
}
