using System;
using System.Collections.Generic;
using Ecr.Raw.Model;

namespace Ecr.Raw.Validation;

/// <summary>
/// The input limits of the ECR model, checked before anything is sent. Each failure is an <see cref="ArgumentException"/>
/// whose parameter name is the API member and whose message states the rule.
/// </summary>
internal static class EcrValidator
{
    public const int MaxImageIds = 100;
    public const int MaxResultsLimit = 1000;
    public const int MaxTagLength = 300;
    public const int MaxManifestLength = 4_194_304;

    public static void RepositoryName(string? name, string parameter = "repositoryName")
    {
        if (name is null || name.Length < 2 || name.Length > 256)
        {
            throw new ArgumentException("A repository name must be 2 to 256 characters long.", parameter);
        }

        if (!IsRepositoryName(name))
        {
            throw new ArgumentException(
                $"Repository name '{Printable(name)}' does not match the ECR pattern: lower-case letters and digits, segments separated by '/', and '.', '_', '__' or runs of '-' only between letters or digits.",
                parameter);
        }
    }

    public static void RegistryId(string? registryId, string parameter = "registryId")
    {
        if (registryId is null)
        {
            return;
        }

        if (registryId.Length != 12 || !AllDigits(registryId))
        {
            throw new ArgumentException("A registry id must be a 12-digit AWS account id.", parameter);
        }
    }

    public static void ImageTag(string? tag, string parameter = "imageTag")
    {
        if (tag is null)
        {
            return;
        }

        if (tag.Length < 1 || tag.Length > MaxTagLength)
        {
            throw new ArgumentException($"An image tag must be 1 to {MaxTagLength} characters long.", parameter);
        }

        foreach (var c in tag)
        {
            if (char.IsControl(c) || char.IsWhiteSpace(c))
            {
                throw new ArgumentException("An image tag must not contain spaces or control characters.", parameter);
            }
        }
    }

    public static void ImageDigest(string? digest, string parameter = "imageDigest")
    {
        if (digest is null)
        {
            return;
        }

        var colon = digest.IndexOf(':');
        if (colon <= 0 || colon == digest.Length - 1 || !IsDigestAlgorithm(digest, colon) || !AllHex(digest, colon + 1))
        {
            throw new ArgumentException($"Image digest '{Printable(digest)}' is not of the form 'algorithm:hex', for example 'sha256:' and 64 hex digits.", parameter);
        }
    }

    public static void ImageId(ImageIdentifier? id, string parameter)
    {
        if (id is null)
        {
            throw new ArgumentException("An image identifier must not be null.", parameter);
        }

        if (id.ImageTag is null && id.ImageDigest is null)
        {
            throw new ArgumentException("An image identifier needs a tag, a digest, or both.", parameter);
        }

        ImageTag(id.ImageTag, parameter);
        ImageDigest(id.ImageDigest, parameter);
    }

    public static void ImageIds(IReadOnlyList<ImageIdentifier>? ids, string parameter = "imageIds")
    {
        if (ids is null || ids.Count < 1 || ids.Count > MaxImageIds)
        {
            throw new ArgumentException($"Between 1 and {MaxImageIds} image identifiers are required; split larger lists into chunks of {MaxImageIds}.", parameter);
        }

        for (var i = 0; i < ids.Count; i++)
        {
            ImageId(ids[i], $"{parameter}[{i}]");
        }
    }

    public static void MaxResults(int? maxResults, string parameter = "maxResults")
    {
        if (maxResults is { } value && (value < 1 || value > MaxResultsLimit))
        {
            throw new ArgumentOutOfRangeException(parameter, value, $"maxResults must be from 1 to {MaxResultsLimit}.");
        }
    }

    public static void NotWithIds(bool hasIds, string? nextToken, int? maxResults, string idsName)
    {
        if (hasIds && (nextToken is not null || maxResults is not null))
        {
            throw new ArgumentException($"nextToken and maxResults cannot be combined with {idsName}.", nextToken is not null ? "nextToken" : "maxResults");
        }
    }

    public static void CountBetween<T>(IReadOnlyList<T>? list, int min, int max, string parameter)
    {
        if (list is not null && (list.Count < min || list.Count > max))
        {
            throw new ArgumentException($"{parameter} must hold {min} to {max} items.", parameter);
        }
    }

    public static void Manifest(string? manifest)
    {
        if (string.IsNullOrEmpty(manifest) || manifest!.Length > MaxManifestLength)
        {
            throw new ArgumentException($"An image manifest must be 1 to {MaxManifestLength} characters long.", "imageManifest");
        }
    }

    public static void ExclusionFilter(ImageTagMutabilityExclusionFilter? filter, string parameter)
    {
        if (filter is null || filter.FilterType != "WILDCARD")
        {
            throw new ArgumentException("An exclusion filter must have filterType WILDCARD.", parameter);
        }

        if (filter.Filter.Length < 1 || filter.Filter.Length > 128)
        {
            throw new ArgumentException("An exclusion filter pattern must be 1 to 128 characters long.", parameter);
        }

        foreach (var c in filter.Filter)
        {
            if (!(IsLowerAlnum(c) || (c >= 'A' && c <= 'Z') || c is '.' or '_' or '*' or '-'))
            {
                throw new ArgumentException("An exclusion filter pattern may hold only letters, digits and . _ * -.", parameter);
            }
        }
    }

    // [a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*
    internal static bool IsRepositoryName(string name)
    {
        foreach (var segment in name.Split('/'))
        {
            if (!IsRepositorySegment(segment))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsRepositorySegment(string segment)
    {
        var i = 0;
        while (true)
        {
            var start = i;
            while (i < segment.Length && IsLowerAlnum(segment[i]))
            {
                i++;
            }

            if (i == start)
            {
                return false;
            }

            if (i == segment.Length)
            {
                return true;
            }

            var separator = i;
            if (segment[i] == '.')
            {
                i++;
            }
            else if (segment[i] == '_')
            {
                i += i + 1 < segment.Length && segment[i + 1] == '_' ? 2 : 1;
            }
            else
            {
                while (i < segment.Length && segment[i] == '-')
                {
                    i++;
                }
            }

            if (i == separator)
            {
                return false;
            }
        }
    }

    private static bool IsLowerAlnum(char c) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');

    private static bool AllDigits(string value)
    {
        foreach (var c in value)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigestAlgorithm(string digest, int end)
    {
        for (var i = 0; i < end; i++)
        {
            var c = digest[i];
            if (!(IsLowerAlnum(c) || (c >= 'A' && c <= 'Z') || c is '-' or '_' or '+' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllHex(string value, int start)
    {
        for (var i = start; i < value.Length; i++)
        {
            var c = value[i];
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            {
                return false;
            }
        }

        return true;
    }

    private static string Printable(string value)
    {
        var shown = value.Length > 80 ? value.Substring(0, 80) + "…" : value;
        var chars = shown.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsControl(chars[i]))
            {
                chars[i] = '?';
            }
        }

        return new string(chars);
    }
}
