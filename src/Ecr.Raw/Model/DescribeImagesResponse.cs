namespace Ecr.Raw.Model;

/// <summary>The output of DescribeImages.</summary>
public sealed record DescribeImagesResponse
{
    /// <summary>The images of this page.</summary>
    public System.Collections.Generic.IReadOnlyList<ImageDetail> ImageDetails { get => field ?? []; init; }

    /// <summary>The token of the next page; null on the last.</summary>
    public string? NextToken { get; init; }
}
