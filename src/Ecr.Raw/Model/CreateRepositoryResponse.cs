namespace Ecr.Raw.Model;

/// <summary>The output of CreateRepository.</summary>
public sealed record CreateRepositoryResponse
{
    /// <summary>The new repository.</summary>
    public Repository? Repository { get; init; }
}
