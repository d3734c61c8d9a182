using System;
using System.Net;
using Ecr.Raw.Errors;

namespace Ecr.Raw.Endpoints;

/// <summary>The ECR endpoint rule set (endpoint-rule-set-1.json) for the options a client was given.</summary>
internal static class EcrEndpointResolver
{
    /// <summary>Resolves the endpoint; a configuration problem is an <see cref="EcrException"/> of kind Configuration.</summary>
    public static Uri Resolve(string? region, bool useFips, bool useDualStack, Uri? customEndpoint, bool allowInsecureHttp)
    {
        if (customEndpoint is not null)
        {
            if (useFips)
            {
                throw Configuration("FIPS and a custom endpoint cannot be combined: unset UseFips or the endpoint (EcrClientOptions.Endpoint, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL).");
            }

            if (useDualStack)
            {
                throw Configuration("Dual-stack and a custom endpoint cannot be combined: unset UseDualStack or the endpoint (EcrClientOptions.Endpoint, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL).");
            }

            if (!customEndpoint.IsAbsoluteUri || (customEndpoint.Scheme != Uri.UriSchemeHttps && customEndpoint.Scheme != Uri.UriSchemeHttp))
            {
                throw Configuration($"The endpoint '{customEndpoint}' is not an absolute http or https URL.");
            }

            if (customEndpoint.Scheme == Uri.UriSchemeHttp && !allowInsecureHttp && !IsLoopback(customEndpoint))
            {
                throw Configuration($"Plain http is only allowed to loopback addresses; '{customEndpoint.Host}' is not one. Use https, or set EcrClientOptions.AllowInsecureHttp.");
            }

            return customEndpoint;
        }

        if (string.IsNullOrEmpty(region))
        {
            throw Configuration("No AWS region: set EcrClientOptions.Region, AWS_REGION, AWS_DEFAULT_REGION or the profile's region (or use EcrClient.CreateAsync with UseInstanceMetadataRegion on EC2).");
        }

        if (!IsValidRegion(region!))
        {
            throw Configuration($"'{region}' is not a valid AWS region name (lower-case letters, digits and '-').");
        }

        var partition = AwsPartition.Of(region!);
        var host = (useFips, useDualStack) switch
        {
            (false, false) => $"api.ecr.{region}.{partition.DnsSuffix}",
            (false, true) => $"ecr.{region}.{partition.DualStackDnsSuffix}",
            (true, false) => $"api.ecr-fips.{region}.{partition.DnsSuffix}",
            (true, true) => $"ecr-fips.{region}.{partition.DualStackDnsSuffix}",
        };
        return new Uri("https://" + host);
    }

    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    private static bool IsValidRegion(string region)
    {
        if (region.Length > 63 || region[0] == '-' || region[region.Length - 1] == '-')
        {
            return false;
        }

        foreach (var c in region)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static EcrException Configuration(string message) => new(EcrErrorKind.Configuration, message);
}
