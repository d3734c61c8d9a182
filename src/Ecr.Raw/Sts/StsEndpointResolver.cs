using System;
using Ecr.Raw.Config;
using Ecr.Raw.Credentials;
using Ecr.Raw.Errors;

namespace Ecr.Raw.Sts;

/// <summary>Which STS to ask: options, then <c>AWS_ENDPOINT_URL_STS</c>, then the regional endpoint of the configured region.</summary>
internal static class StsEndpointResolver
{
    public const string FallbackRegion = "us-east-1";

    public static StsClient Create(AwsEnvironment environment, AwsCredentialsOptions options, string? profileRegion)
    {
        var region = environment.Get("AWS_REGION") ?? environment.Get("AWS_DEFAULT_REGION") ?? profileRegion ?? FallbackRegion;
        var configured = options.StsEndpoint;
        if (configured is null && environment.Get("AWS_ENDPOINT_URL_STS") is { } url)
        {
            configured = Uri.TryCreate(url, UriKind.Absolute, out var parsed)
                ? parsed
                : throw new EcrException(EcrErrorKind.Configuration, $"AWS_ENDPOINT_URL_STS holds '{url}', which is not an absolute URL.");
        }

        return new StsClient(StsClient.ResolveEndpoint(region, configured), region, options.TimeProvider);
    }
}
