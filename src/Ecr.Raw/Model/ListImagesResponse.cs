namespace Ecr.Raw.Model;

/// <summary>The output of ListImages: one id per tag, so a digest can repeat.</summary>
public sealed record ListImagesResponse
{
    /// <summary>The image ids of this page.</summary>
    public System.Collections.Generic.IReadOnlyList<ImageIdentifier> ImageIds { get => field ?? []; init; }

    /// <summary>The token of the next page; null on the last.</summary>
    public string? NextToken { get; init; }
}
