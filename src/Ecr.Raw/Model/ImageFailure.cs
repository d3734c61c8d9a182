namespace Ecr.Raw.Model;

/// <summary>Why one image of a batch call failed.</summary>
public sealed record ImageFailure
{
    /// <summary>The image the failure belongs to.</summary>
    public ImageIdentifier? ImageId { get; init; }

    /// <summary>The failure code.</summary>
    public ImageFailureCode? FailureCode { get; init; }

    /// <summary>A description of the failure.</summary>
    public string? FailureReason { get; init; }
}
