namespace Ecr.Raw.Model;

/// <summary>An image with its manifest (BatchGetImage, PutImage).</summary>
public sealed record Image
{
    /// <summary>The registry (AWS account id).</summary>
    public string? RegistryId { get; init; }

    /// <summary>The repository.</summary>
    public string? RepositoryName { get; init; }

    /// <summary>The image id.</summary>
    public ImageIdentifier? ImageId { get; init; }

    /// <summary>The manifest, exactly as stored.</summary>
    public string? ImageManifest { get; init; }

    /// <summary>The manifest media type.</summary>
    public string? ImageManifestMediaType { get; init; }
}
