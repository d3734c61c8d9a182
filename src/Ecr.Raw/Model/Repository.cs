namespace Ecr.Raw.Model;

/// <summary>A repository.</summary>
public sealed record Repository
{
    /// <summary>The ARN.</summary>
    public string? RepositoryArn { get; init; }

    /// <summary>The registry (AWS account id).</summary>
    public string? RegistryId { get; init; }

    /// <summary>The name.</summary>
    public string? RepositoryName { get; init; }

    /// <summary>The URI for docker push and pull.</summary>
    public string? RepositoryUri { get; init; }

    /// <summary>When it was created.</summary>
    public System.DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Whether tags can move.</summary>
    public ImageTagMutability? ImageTagMutability { get; init; }

    /// <summary>Tags excluded from the mutability setting.</summary>
    public System.Collections.Generic.IReadOnlyList<ImageTagMutabilityExclusionFilter>? ImageTagMutabilityExclusionFilters { get; init; }

    /// <summary>Scan settings.</summary>
    public ImageScanningConfiguration? ImageScanningConfiguration { get; init; }

    /// <summary>Encryption settings.</summary>
    public EncryptionConfiguration? EncryptionConfiguration { get; init; }
}
