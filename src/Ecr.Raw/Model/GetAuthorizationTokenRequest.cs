namespace Ecr.Raw.Model;

/// <summary>The input of GetAuthorizationToken.</summary>
public sealed record GetAuthorizationTokenRequest
{
    /// <summary>The registries, 1 to 10; the caller's when unset.</summary>
    public System.Collections.Generic.IReadOnlyList<string>? RegistryIds { get; init; }
}
