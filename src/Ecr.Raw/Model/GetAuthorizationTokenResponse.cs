namespace Ecr.Raw.Model;

/// <summary>The output of GetAuthorizationToken.</summary>
public sealed record GetAuthorizationTokenResponse
{
    /// <summary>One login per registry.</summary>
    public System.Collections.Generic.IReadOnlyList<AuthorizationData> AuthorizationData { get => field ?? []; init; }
}
