namespace Ecr.Raw.Model;

/// <summary>The output of DescribeImageScanFindings.</summary>
public sealed record DescribeImageScanFindingsResponse
{
    /// <summary>The registry.</summary>
    public string? RegistryId { get; init; }

    /// <summary>The repository.</summary>
    public string? RepositoryName { get; init; }

    /// <summary>The image.</summary>
    public ImageIdentifier? ImageId { get; init; }

    /// <summary>The scan state.</summary>
    public ImageScanStatus? ImageScanStatus { get; init; }

    /// <summary>The findings of this page.</summary>
    public ImageScanFindings? ImageScanFindings { get; init; }

    /// <summary>The token of the next page; null on the last.</summary>
    public string? NextToken { get; init; }
}
