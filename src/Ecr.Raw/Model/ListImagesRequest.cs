namespace Ecr.Raw.Model;

/// <summary>The input of ListImages.</summary>
public sealed record ListImagesRequest
{
    /// <summary>The registry; the caller's account when unset.</summary>
    public string? RegistryId { get; init; }

    /// <summary>The repository. Required.</summary>
    public string RepositoryName { get => field ?? string.Empty; init; }

    /// <summary>The token of the page to fetch.</summary>
    public string? NextToken { get; init; }

    /// <summary>The page size, 1 to 1000.</summary>
    public int? MaxResults { get; init; }

    /// <summary>Which images to list.</summary>
    public ListImagesFilter? Filter { get; init; }
}
