namespace Ecr.Raw.Model;

/// <summary>The state of an image scan.</summary>
public sealed record ImageScanStatus
{
    /// <summary>The state.</summary>
    public ScanStatus? Status { get; init; }

    /// <summary>A description of the state.</summary>
    public string? Description { get; init; }
}
