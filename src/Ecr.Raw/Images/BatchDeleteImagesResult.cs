using System.Collections.Generic;
using Ecr.Raw.Model;

namespace Ecr.Raw.Images;

/// <summary>What ECR said it deleted or untagged, and what it could not, with why.</summary>
public sealed class BatchDeleteImagesResult
{
    internal BatchDeleteImagesResult(IReadOnlyList<ImageIdentifier> deleted, IReadOnlyList<ImageFailure> failures)
    {
        Deleted = deleted;
        Failures = failures;
    }

    /// <summary>The ids ECR reported as deleted; nothing is listed that the service did not confirm.</summary>
    public IReadOnlyList<ImageIdentifier> Deleted { get; }

    /// <summary>The ids that were not deleted, with ECR's failure codes.</summary>
    public IReadOnlyList<ImageFailure> Failures { get; }
}
