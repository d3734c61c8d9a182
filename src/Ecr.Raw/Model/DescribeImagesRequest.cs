namespace Ecr.Raw.Model;

/// <summary>The input of DescribeImages.</summary>
public sealed record DescribeImagesRequest
{
    /// <summary>The registry; the caller's account when unset.</summary>
    public string? RegistryId { get; init; }

    /// <summary>The repository. Required.</summary>
    public string RepositoryName { get => field ?? string.Empty; init; }

    /// <summary>The images, 1 to 100; not with NextToken or MaxResults.</summary>
    public System.Collections.Generic.IReadOnlyList<ImageIdentifier>? ImageIds { get; init; }

    /// <summary>The token of the page to fetch.</summary>
    public string? NextToken { get; init; }

    /// <summary>The page size, 1 to 1000.</summary>
    public int? MaxResults { get; init; }

    /// <summary>Which images to describe.</summary>
    public DescribeImagesFilter? Filter { get; init; }
}
