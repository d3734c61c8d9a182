namespace Ecr.Raw.Model;

/// <summary>The input of DescribeImageScanFindings.</summary>
public sealed record DescribeImageScanFindingsRequest
{
    /// <summary>The registry; the caller's account when unset.</summary>
    public string? RegistryId { get; init; }

    /// <summary>The repository. Required.</summary>
    public string RepositoryName { get => field ?? string.Empty; init; }

    /// <summary>The image. Required.</summary>
    public ImageIdentifier ImageId { get; init; } = new();

    /// <summary>The token of the page to fetch.</summary>
    public string? NextToken { get; init; }

    /// <summary>The page size, 1 to 1000.</summary>
    public int? MaxResults { get; init; }
}
