namespace Ecr.Raw.Model;

/// <summary>A tag pattern excluded from the repository's tag mutability setting.</summary>
public sealed record ImageTagMutabilityExclusionFilter
{
    /// <summary>The filter type; <c>WILDCARD</c>.</summary>
    public string FilterType { get => field ?? "WILDCARD"; init; }

    /// <summary>The pattern, 1 to 128 of <c>[0-9a-zA-Z._*-]</c>.</summary>
    public string Filter { get => field ?? string.Empty; init; }
}
