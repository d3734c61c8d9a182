namespace Ecr.Raw.Model;

/// <summary>Counts of the findings of the last scan.</summary>
public sealed record ImageScanFindingsSummary
{
    /// <summary>When the scan completed.</summary>
    public System.DateTimeOffset? ImageScanCompletedAt { get; init; }

    /// <summary>When the vulnerability data was last updated.</summary>
    public System.DateTimeOffset? VulnerabilitySourceUpdatedAt { get; init; }

    /// <summary>Findings by severity (keys as sent, for example <c>HIGH</c>).</summary>
    public System.Collections.Generic.IReadOnlyDictionary<string, int>? FindingSeverityCounts { get; init; }
}
