namespace Ecr.Raw.Model;

/// <summary>The output of BatchDeleteImage: HTTP 200 even when some images failed.</summary>
public sealed record BatchDeleteImageResponse
{
    /// <summary>What was deleted or untagged.</summary>
    public System.Collections.Generic.IReadOnlyList<ImageIdentifier> ImageIds { get => field ?? []; init; }

    /// <summary>What could not be deleted, and why.</summary>
    public System.Collections.Generic.IReadOnlyList<ImageFailure> Failures { get => field ?? []; init; }
}
