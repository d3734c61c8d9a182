using System;

namespace Ecr.Raw.Credentials;

/// <summary>Settings shared by the credential providers of the default chain.</summary>
public sealed class AwsCredentialsOptions
{
    /// <summary>The shared-files profile to use.</summary>
    /// <value>Defaults to <c>AWS_PROFILE</c>, then <c>default</c>.</value>
    public string? ProfileName { get; set; }

    /// <summary>The STS endpoint for role assumption.</summary>
    /// <value>Defaults to <c>AWS_ENDPOINT_URL_STS</c>, then <c>https://sts.{region}.amazonaws.com</c>.</value>
    public Uri? StsEndpoint { get; set; }

    /// <summary>The clock used for expiry and signing STS calls.</summary>
    /// <value>Defaults to <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Whether the chain may ask the EC2 instance metadata service; <c>AWS_EC2_METADATA_DISABLED=true</c> also turns it off.</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool UseInstanceMetadata { get; set; } = true;

    /// <summary>How long the last good credentials are still served after a refresh fails.</summary>
    /// <value>Defaults to 15 minutes.</value>
    public TimeSpan StaleCredentialsGrace { get; set; } = TimeSpan.FromMinutes(15);
}
