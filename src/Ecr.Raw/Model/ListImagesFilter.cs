namespace Ecr.Raw.Model;

/// <summary>Which images ListImages returns.</summary>
public sealed record ListImagesFilter
{
    /// <summary>By tag state.</summary>
    public TagStatus? TagStatus { get; init; }

    /// <summary>By storage state; ECR returns only ACTIVE images when unset.</summary>
    public ImageStatusFilter? ImageStatus { get; init; }
}
