namespace Ecr.Raw.Model;

/// <summary>The input of DeleteRepository.</summary>
public sealed record DeleteRepositoryRequest
{
    /// <summary>The registry; the caller's account when unset.</summary>
    public string? RegistryId { get; init; }

    /// <summary>The repository. Required.</summary>
    public string RepositoryName { get => field ?? string.Empty; init; }

    /// <summary>Delete even when images remain.</summary>
    public bool? Force { get; init; }
}
