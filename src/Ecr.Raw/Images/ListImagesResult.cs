using System.Collections.Generic;
using Ecr.Raw.Model;

namespace Ecr.Raw.Images;

/// <summary>Image ids (one per tag) and where to resume.</summary>
public sealed class ListImagesResult
{
    internal ListImagesResult(IReadOnlyList<ImageIdentifier> images, string? nextToken)
    {
        Images = images;
        NextToken = nextToken;
    }

    /// <summary>The image ids, in the service's order.</summary>
    public IReadOnlyList<ImageIdentifier> Images { get; }

    /// <summary>Pass as <see cref="ListImagesOptions.NextToken"/> to continue exactly where this result stopped, even mid-page; null at the end.</summary>
    public string? NextToken { get; }
}
