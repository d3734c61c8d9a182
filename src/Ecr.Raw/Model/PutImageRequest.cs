namespace Ecr.Raw.Model;

/// <summary>The input of PutImage.</summary>
public sealed record PutImageRequest
{
    /// <summary>The registry; the caller's account when unset.</summary>
    public string? RegistryId { get; init; }

    /// <summary>The repository. Required.</summary>
    public string RepositoryName { get => field ?? string.Empty; init; }

    /// <summary>The manifest, exactly as its digest was computed. Required.</summary>
    public string ImageManifest { get => field ?? string.Empty; init; }

    /// <summary>The manifest media type; required when the manifest has no <c>mediaType</c>.</summary>
    public string? ImageManifestMediaType { get; init; }

    /// <summary>The tag to attach.</summary>
    public string? ImageTag { get; init; }

    /// <summary>The expected digest; ECR refuses a manifest whose digest differs.</summary>
    public string? ImageDigest { get; init; }
}
