using System.Collections.Generic;
using Ecr.Raw.Model;

namespace Ecr.Raw.Images;

/// <summary>The images found and, separately, those that failed and why. Partial failure is normal.</summary>
public sealed class BatchGetImagesResult
{
    internal BatchGetImagesResult(IReadOnlyList<Image> images, IReadOnlyList<ImageFailure> failures)
    {
        Images = images;
        Failures = failures;
    }

    /// <summary>The images, in the order of the chunks they were asked for in.</summary>
    public IReadOnlyList<Image> Images { get; }

    /// <summary>The ids that failed, with ECR's failure codes.</summary>
    public IReadOnlyList<ImageFailure> Failures { get; }
}
