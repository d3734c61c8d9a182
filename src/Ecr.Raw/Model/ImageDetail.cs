namespace Ecr.Raw.Model;

/// <summary>One image as DescribeImages returns it: one entry per image, not per tag.</summary>
public sealed record ImageDetail
{
    /// <summary>The registry (AWS account id).</summary>
    public string? RegistryId { get; init; }

    /// <summary>The repository.</summary>
    public string? RepositoryName { get; init; }

    /// <summary>The digest.</summary>
    public string? ImageDigest { get; init; }

    /// <summary>The tags; empty for an untagged image.</summary>
    public System.Collections.Generic.IReadOnlyList<string> ImageTags { get => field ?? []; init; }

    /// <summary>The stored (compressed) size.</summary>
    public long? ImageSizeInBytes { get; init; }

    /// <summary>When the image was pushed.</summary>
    public System.DateTimeOffset? ImagePushedAt { get; init; }

    /// <summary>The scan state.</summary>
    public ImageScanStatus? ImageScanStatus { get; init; }

    /// <summary>The scan findings summary.</summary>
    public ImageScanFindingsSummary? ImageScanFindingsSummary { get; init; }

    /// <summary>The manifest media type.</summary>
    public string? ImageManifestMediaType { get; init; }

    /// <summary>The artifact media type.</summary>
    public string? ArtifactMediaType { get; init; }

    /// <summary>When the image was last pulled, as ECR recorded it.</summary>
    public System.DateTimeOffset? LastRecordedPullTime { get; init; }

    /// <summary>The digest of the image this one refers to (OCI referrers).</summary>
    public string? SubjectManifestDigest { get; init; }

    /// <summary>The storage state.</summary>
    public ImageStatus? ImageStatus { get; init; }

    /// <summary>When the image was last archived.</summary>
    public System.DateTimeOffset? LastArchivedAt { get; init; }

    /// <summary>When the image was last restored from the archive.</summary>
    public System.DateTimeOffset? LastActivatedAt { get; init; }
}
