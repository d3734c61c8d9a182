namespace Ecr.Raw.Model;

/// <summary>The output of DeleteRepository.</summary>
public sealed record DeleteRepositoryResponse
{
    /// <summary>The deleted repository.</summary>
    public Repository? Repository { get; init; }
}
