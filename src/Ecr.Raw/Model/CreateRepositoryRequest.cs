namespace Ecr.Raw.Model;

/// <summary>The input of CreateRepository.</summary>
public sealed record CreateRepositoryRequest
{
    /// <summary>The registry; the caller's account when unset.</summary>
    public string? RegistryId { get; init; }

    /// <summary>The name. Required.</summary>
    public string RepositoryName { get => field ?? string.Empty; init; }

    /// <summary>Resource tags.</summary>
    public System.Collections.Generic.IReadOnlyList<Tag>? Tags { get; init; }

    /// <summary>Whether tags can move; MUTABLE when unset.</summary>
    public ImageTagMutability? ImageTagMutability { get; init; }

    /// <summary>1 to 5 tag patterns excluded from the mutability setting.</summary>
    public System.Collections.Generic.IReadOnlyList<ImageTagMutabilityExclusionFilter>? ImageTagMutabilityExclusionFilters { get; init; }

    /// <summary>Scan settings.</summary>
    public ImageScanningConfiguration? ImageScanningConfiguration { get; init; }

    /// <summary>Encryption settings; AES256 when unset.</summary>
    public EncryptionConfiguration? EncryptionConfiguration { get; init; }
}
