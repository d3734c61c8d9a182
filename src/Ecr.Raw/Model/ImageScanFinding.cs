namespace Ecr.Raw.Model;

/// <summary>A finding of a basic scan.</summary>
public sealed record ImageScanFinding
{
    /// <summary>The name, for example a CVE id.</summary>
    public string? Name { get; init; }

    /// <summary>The description.</summary>
    public string? Description { get; init; }

    /// <summary>A link to details.</summary>
    public string? Uri { get; init; }

    /// <summary>The severity.</summary>
    public FindingSeverity? Severity { get; init; }

    /// <summary>Extra attributes.</summary>
    public System.Collections.Generic.IReadOnlyList<Attribute> Attributes { get => field ?? []; init; }
}
