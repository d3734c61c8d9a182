namespace Ecr.Raw.Model;

/// <summary>The output of BatchGetImage: HTTP 200 even when some images failed.</summary>
public sealed record BatchGetImageResponse
{
    /// <summary>The images found.</summary>
    public System.Collections.Generic.IReadOnlyList<Image> Images { get => field ?? []; init; }

    /// <summary>The images not found, and why.</summary>
    public System.Collections.Generic.IReadOnlyList<ImageFailure> Failures { get => field ?? []; init; }
}
