namespace Ecr.Raw.Model;

/// <summary>Repository scan settings.</summary>
public sealed record ImageScanningConfiguration
{
    /// <summary>Whether images are scanned when pushed.</summary>
    public bool? ScanOnPush { get; init; }
}
