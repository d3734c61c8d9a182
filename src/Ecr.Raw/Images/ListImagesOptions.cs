using Ecr.Raw.Model;

namespace Ecr.Raw.Images;

/// <summary>What <see cref="ImageService.ListImagesAsync"/> returns and how it pages.</summary>
public sealed class ListImagesOptions
{
    /// <summary>Which images by tag state.</summary>
    /// <value>Defaults to <see langword="null"/>: the service's default (all).</value>
    public TagStatus? TagStatus { get; set; }

    /// <summary>The page size asked of ECR, 1 to 1000.</summary>
    /// <value>Defaults to 100.</value>
    public int MaxResults { get; set; } = 100;

    /// <summary>The most images to return in all, across pages; <see langword="null"/> for all of them.</summary>
    /// <value>Defaults to <see langword="null"/>.</value>
    public int? Limit { get; set; }

    /// <summary>Where to resume: the <see cref="ListImagesResult.NextToken"/> of an earlier call with the same options.</summary>
    /// <value>Defaults to <see langword="null"/>: from the start.</value>
    public string? NextToken { get; set; }

    /// <summary>The registry (AWS account id) for cross-account access.</summary>
    /// <value>Defaults to the caller's account.</value>
    public string? RegistryId { get; set; }
}
