namespace Ecr.Raw.Model;

/// <summary>A registry login. <see cref="ToString"/> redacts the token.</summary>
public sealed record AuthorizationData
{
    /// <summary>Base64 of <c>AWS:password</c>, for <c>docker login</c>. A secret.</summary>
    public string? AuthorizationToken { get; init; }

    /// <summary>When the token expires (12 hours after issue on ECR).</summary>
    public System.DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>The registry URL, <c>https://ACCOUNT.dkr.ecr.REGION.amazonaws.com</c>.</summary>
    public string? ProxyEndpoint { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        // The token is a registry password: never print it.
        builder.Append("AuthorizationToken = ").Append(AuthorizationToken is null ? "(none)" : "** REDACTED **");
        builder.Append(", ExpiresAt = ").Append(ExpiresAt?.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        builder.Append(", ProxyEndpoint = ").Append(ProxyEndpoint);
        return true;
    }
}
