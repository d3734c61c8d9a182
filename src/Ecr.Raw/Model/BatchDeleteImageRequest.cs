namespace Ecr.Raw.Model;

/// <summary>The input of BatchDeleteImage.</summary>
public sealed record BatchDeleteImageRequest
{
    /// <summary>The registry; the caller's account when unset.</summary>
    public string? RegistryId { get; init; }

    /// <summary>The repository. Required.</summary>
    public string RepositoryName { get => field ?? string.Empty; init; }

    /// <summary>The images, 1 to 100. Required.</summary>
    public System.Collections.Generic.IReadOnlyList<ImageIdentifier> ImageIds { get => field ?? []; init; }
}
