using System;
using System.Collections.Generic;
using System.Linq;
using Ecr.Raw.Model;

namespace Ecr.Raw.Testing;

/// <summary>An in-memory repository: its settings and its images in push order.</summary>
internal sealed class StoredRepository
{
    public StoredRepository(Repository description)
    {
        Description = description;
    }

    public Repository Description { get; }

    public List<StoredImage> Images { get; } = [];

    public StoredImage? ByDigest(string digest) => Images.FirstOrDefault(i => i.Digest == digest);

    public StoredImage? ByTag(string tag) => Images.FirstOrDefault(i => i.Tags.Contains(tag));

    /// <summary>Whether a tag may not be moved to another image under the repository's mutability setting.</summary>
    public bool IsImmutable(string tag)
    {
        var mutability = Description.ImageTagMutability ?? ImageTagMutability.Mutable;
        var excluded = Description.ImageTagMutabilityExclusionFilters?.Any(f => WildcardMatch(f.Filter, tag)) == true;
        if (mutability == ImageTagMutability.Immutable)
        {
            return true;
        }

        if (mutability == ImageTagMutability.ImmutableWithExclusion)
        {
            return !excluded;
        }

        return mutability == ImageTagMutability.MutableWithExclusion && excluded;
    }

    /// <summary>ECR's WILDCARD filters: '*' matches any run of characters, the rest literally, the whole tag.</summary>
    internal static bool WildcardMatch(string pattern, string text)
    {
        int p = 0, t = 0, star = -1, mark = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && pattern[p] != '*' && pattern[p] == text[t])
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
