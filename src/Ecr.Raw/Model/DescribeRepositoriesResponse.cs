namespace Ecr.Raw.Model;

/// <summary>The output of DescribeRepositories.</summary>
public sealed record DescribeRepositoriesResponse
{
    /// <summary>The repositories of this page.</summary>
    public System.Collections.Generic.IReadOnlyList<Repository> Repositories { get => field ?? []; init; }

    /// <summary>The token of the next page; null on the last.</summary>
    public string? NextToken { get; init; }
}
