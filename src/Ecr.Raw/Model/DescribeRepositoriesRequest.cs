namespace Ecr.Raw.Model;

/// <summary>The input of DescribeRepositories.</summary>
public sealed record DescribeRepositoriesRequest
{
    /// <summary>The registry; the caller's account when unset.</summary>
    public string? RegistryId { get; init; }

    /// <summary>The repositories, 1 to 100; not with NextToken or MaxResults.</summary>
    public System.Collections.Generic.IReadOnlyList<string>? RepositoryNames { get; init; }

    /// <summary>The token of the page to fetch.</summary>
    public string? NextToken { get; init; }

    /// <summary>The page size, 1 to 1000.</summary>
    public int? MaxResults { get; init; }
}
