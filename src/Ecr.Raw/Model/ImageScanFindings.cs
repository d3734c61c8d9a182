namespace Ecr.Raw.Model;

/// <summary>The findings of a scan.</summary>
public sealed record ImageScanFindings
{
    /// <summary>When the scan completed.</summary>
    public System.DateTimeOffset? ImageScanCompletedAt { get; init; }

    /// <summary>When the vulnerability data was last updated.</summary>
    public System.DateTimeOffset? VulnerabilitySourceUpdatedAt { get; init; }

    /// <summary>Findings by severity.</summary>
    public System.Collections.Generic.IReadOnlyDictionary<string, int>? FindingSeverityCounts { get; init; }

    /// <summary>Basic scan findings (this page).</summary>
    public System.Collections.Generic.IReadOnlyList<ImageScanFinding> Findings { get => field ?? []; init; }

    /// <summary>Enhanced scan findings (this page).</summary>
    public System.Collections.Generic.IReadOnlyList<EnhancedImageScanFinding> EnhancedFindings { get => field ?? []; init; }
}
