using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Ecr.Raw.Errors;
using Ecr.Raw.Model;
using Ecr.Raw.Validation;

namespace Ecr.Raw.Images;

/// <summary>
/// The image operations of the product's quick reference over any <see cref="IEcrClient"/>: paging, chunking of id lists
/// into calls of 100, re-tagging without pulling, and validation before anything is sent.
/// </summary>
public sealed class ImageService
{
    private readonly IEcrClient _client;
    private readonly ImageServiceOptions _options;

    /// <summary>Creates the service.</summary>
    /// <param name="client">The client to call ECR with.</param>
    /// <param name="options">Parallelism of batch calls; defaults when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is null.</exception>
    public ImageService(IEcrClient client, ImageServiceOptions? options = null)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _options = options ?? new ImageServiceOptions();
    }

    /// <summary>
    /// Lists image ids (one per tag), fetching pages of <see cref="ListImagesOptions.MaxResults"/> until
    /// <see cref="ListImagesOptions.Limit"/> ids or the end. The result's NextToken resumes exactly where it stopped.
    /// </summary>
    /// <param name="repositoryName">The repository.</param>
    /// <param name="options">Filter, page size, limit, resume token and registry; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The ids and where to resume.</returns>
    /// <exception cref="ArgumentException">A bad repository name, page size, limit or token.</exception>
    /// <exception cref="EcrException">ECR refused a call, or handed back the same page token twice.</exception>
    public async Task<ListImagesResult> ListImagesAsync(string repositoryName, ListImagesOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ListImagesOptions();
        ValidateListing(repositoryName, options);
        var limit = options.Limit ?? int.MaxValue;
        var images = new List<ImageIdentifier>();
        var position = options.NextToken is null ? new ListImagesToken(null, 0, options.MaxResults) : ListImagesToken.Parse(options.NextToken, options.MaxResults);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var page = await ListPageAsync(repositoryName, options, position.PageToken, cancellationToken).ConfigureAwait(false);
            var ids = page.ImageIds;
            for (var i = position.Skip; i < ids.Count; i++)
            {
                if (images.Count == limit)
                {
                    // Stopped mid-page: resume in this page, after what was returned.
                    return new ListImagesResult(images, new ListImagesToken(position.PageToken, i, options.MaxResults).Encode());
                }

                images.Add(ids[i]);
            }

            if (string.IsNullOrEmpty(page.NextToken))
            {
                return new ListImagesResult(images, null);
            }

            GuardRepeat(seen, page.NextToken!, "ListImages");
            if (images.Count == limit)
            {
                return new ListImagesResult(images, page.NextToken);
            }

            position = new ListImagesToken(page.NextToken, 0, options.MaxResults);
        }
    }

    /// <summary>Streams every matching image id, one page in memory at a time.</summary>
    /// <param name="repositoryName">The repository.</param>
    /// <param name="options">Filter, page size and registry; Limit and NextToken apply too.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The ids, in the service's order.</returns>
    public async IAsyncEnumerable<ImageIdentifier> EnumerateImagesAsync(string repositoryName, ListImagesOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        options ??= new ListImagesOptions();
        ValidateListing(repositoryName, options);
        var remaining = options.Limit ?? int.MaxValue;
        var position = options.NextToken is null ? new ListImagesToken(null, 0, options.MaxResults) : ListImagesToken.Parse(options.NextToken, options.MaxResults);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (remaining > 0)
        {
            var page = await ListPageAsync(repositoryName, options, position.PageToken, cancellationToken).ConfigureAwait(false);
            for (var i = position.Skip; i < page.ImageIds.Count && remaining > 0; i++, remaining--)
            {
                yield return page.ImageIds[i];
            }

            if (string.IsNullOrEmpty(page.NextToken))
            {
                yield break;
            }

            GuardRepeat(seen, page.NextToken!, "ListImages");
            position = new ListImagesToken(page.NextToken, 0, options.MaxResults);
        }
    }

    /// <summary>Describes images: the given ones (in chunks of 100), or with no ids every image of the repository (paged).</summary>
    /// <param name="repositoryName">The repository.</param>
    /// <param name="imageIds">The images; <see langword="null"/> for all.</param>
    /// <param name="tagStatus">With no ids, which images by tag state.</param>
    /// <param name="registryId">The registry for cross-account access.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>One detail per image.</returns>
    /// <exception cref="ArgumentException">A bad repository name or id, or an empty id list.</exception>
    /// <exception cref="EcrException">ECR refused a call (an unknown id fails with <c>ImageNotFound</c>).</exception>
    public async Task<IReadOnlyList<ImageDetail>> DescribeImagesAsync(string repositoryName, IReadOnlyList<ImageIdentifier>? imageIds = null, TagStatus? tagStatus = null, string? registryId = null, CancellationToken cancellationToken = default)
    {
        Validate(repositoryName, registryId);
        if (imageIds is null)
        {
            var all = new List<ImageDetail>();
            await foreach (var detail in EnumerateImageDetailsAsync(repositoryName, tagStatus, registryId, cancellationToken).ConfigureAwait(false))
            {
                all.Add(detail);
            }

            return all;
        }

        ValidateIds(imageIds);
        var pages = await ChunkRunner.RunAsync(
            imageIds,
            _options.MaxParallelism,
            (chunk, ct) => _client.DescribeImagesAsync(new DescribeImagesRequest { RegistryId = registryId, RepositoryName = repositoryName, ImageIds = chunk }, ct),
            cancellationToken).ConfigureAwait(false);
        return pages.SelectMany(p => p.ImageDetails).ToList();
    }

    /// <summary>Streams the details of every image of a repository, one page in memory at a time.</summary>
    /// <param name="repositoryName">The repository.</param>
    /// <param name="tagStatus">Which images by tag state.</param>
    /// <param name="registryId">The registry for cross-account access.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The details.</returns>
    public async IAsyncEnumerable<ImageDetail> EnumerateImageDetailsAsync(string repositoryName, TagStatus? tagStatus = null, string? registryId = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Validate(repositoryName, registryId);
        string? token = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        do
        {
            var page = await _client.DescribeImagesAsync(
                new DescribeImagesRequest
                {
                    RegistryId = registryId,
                    RepositoryName = repositoryName,
                    NextToken = token,
                    MaxResults = 1000,
                    Filter = tagStatus is null ? null : new DescribeImagesFilter { TagStatus = tagStatus },
                },
                cancellationToken).ConfigureAwait(false);
            foreach (var detail in page.ImageDetails)
            {
                yield return detail;
            }

            token = page.NextToken;
            if (!string.IsNullOrEmpty(token))
            {
                GuardRepeat(seen, token!, "DescribeImages");
            }
        }
        while (!string.IsNullOrEmpty(token));
    }

    /// <summary>Gets one image with its manifest.</summary>
    /// <param name="repositoryName">The repository.</param>
    /// <param name="imageId">The image, by tag or digest.</param>
    /// <param name="registryId">The registry for cross-account access.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The image.</returns>
    /// <exception cref="EcrException">Kind <c>ImageNotFound</c> when there is no such image.</exception>
    public async Task<Image> GetImageAsync(string repositoryName, ImageIdentifier imageId, string? registryId = null, CancellationToken cancellationToken = default)
    {
        Validate(repositoryName, registryId);
        EcrValidator.ImageId(imageId, nameof(imageId));
        var response = await _client.BatchGetImageAsync(
            new BatchGetImageRequest { RegistryId = registryId, RepositoryName = repositoryName, ImageIds = [imageId], AcceptedMediaTypes = ManifestMediaTypes.All },
            cancellationToken).ConfigureAwait(false);
        return response.Images.FirstOrDefault() ?? throw NotFound(repositoryName, imageId, response.Failures.FirstOrDefault());
    }

    /// <summary>Gets images with their manifests, in chunks of 100, accepting every manifest type by default.</summary>
    /// <param name="repositoryName">The repository.</param>
    /// <param name="imageIds">The images.</param>
    /// <param name="acceptedMediaTypes">The manifest types to accept; all four when <see langword="null"/>, so a multi-arch image is never converted.</param>
    /// <param name="registryId">The registry for cross-account access.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The images and the failures.</returns>
    public async Task<BatchGetImagesResult> BatchGetImagesAsync(string repositoryName, IReadOnlyList<ImageIdentifier> imageIds, IReadOnlyList<string>? acceptedMediaTypes = null, string? registryId = null, CancellationToken cancellationToken = default)
    {
        Validate(repositoryName, registryId);
        ValidateIds(imageIds);
        var mediaTypes = acceptedMediaTypes ?? ManifestMediaTypes.All;
        var pages = await ChunkRunner.RunAsync(
            imageIds,
            _options.MaxParallelism,
            (chunk, ct) => _client.BatchGetImageAsync(new BatchGetImageRequest { RegistryId = registryId, RepositoryName = repositoryName, ImageIds = chunk, AcceptedMediaTypes = mediaTypes }, ct),
            cancellationToken).ConfigureAwait(false);
        return new BatchGetImagesResult(pages.SelectMany(p => p.Images).ToList(), pages.SelectMany(p => p.Failures).ToList());
    }

    /// <summary>
    /// Tags an existing image without pulling it: BatchGetImage by digest, then PutImage with the exact manifest, its media
    /// type, the digest and the new tag. A tag already on that digest is success.
    /// </summary>
    /// <param name="repositoryName">The repository.</param>
    /// <param name="sourceDigest">The digest of the image to tag.</param>
    /// <param name="tag">The tag to add.</param>
    /// <param name="registryId">The registry for cross-account access.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The image with the new tag.</returns>
    /// <exception cref="EcrException"><c>ImageNotFound</c> for an unknown digest; <c>ImageTagAlreadyExists</c> when an immutable repository has the tag on another image.</exception>
    public async Task<Image> PutImageTagAsync(string repositoryName, string sourceDigest, string tag, string? registryId = null, CancellationToken cancellationToken = default)
    {
        Validate(repositoryName, registryId);
        if (string.IsNullOrEmpty(sourceDigest))
        {
            throw new ArgumentException("The source digest is required.", nameof(sourceDigest));
        }

        EcrValidator.ImageDigest(sourceDigest, nameof(sourceDigest));
        if (string.IsNullOrEmpty(tag))
        {
            throw new ArgumentException("The tag is required.", nameof(tag));
        }

        EcrValidator.ImageTag(tag, nameof(tag));
        var source = await GetImageAsync(repositoryName, new ImageIdentifier { ImageDigest = sourceDigest }, registryId, cancellationToken).ConfigureAwait(false);
        try
        {
            var put = await _client.PutImageAsync(
                new PutImageRequest
                {
                    RegistryId = registryId,
                    RepositoryName = repositoryName,
                    ImageManifest = source.ImageManifest ?? throw new EcrException(EcrErrorKind.InvalidResponse, $"ECR returned image {sourceDigest} without its manifest.", operation: "BatchGetImage"),
                    ImageManifestMediaType = source.ImageManifestMediaType,
                    ImageDigest = sourceDigest,
                    ImageTag = tag,
                },
                cancellationToken).ConfigureAwait(false);
            return put.Image ?? source with { ImageId = new ImageIdentifier { ImageDigest = sourceDigest, ImageTag = tag } };
        }
        catch (EcrException ex) when (ex.Kind == EcrErrorKind.ImageAlreadyExists)
        {
            // The same manifest already carries this tag: nothing to do, which is what the caller wanted.
            return source with { ImageId = new ImageIdentifier { ImageDigest = sourceDigest, ImageTag = tag } };
        }
    }

    /// <summary>Deletes images or tags, in chunks of 100. Only ids ECR confirmed are reported deleted.</summary>
    /// <param name="repositoryName">The repository.</param>
    /// <param name="imageIds">The images (a digest deletes the image, a tag only the tag).</param>
    /// <param name="registryId">The registry for cross-account access.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>What was deleted and what failed.</returns>
    public async Task<BatchDeleteImagesResult> BatchDeleteImagesAsync(string repositoryName, IReadOnlyList<ImageIdentifier> imageIds, string? registryId = null, CancellationToken cancellationToken = default)
    {
        Validate(repositoryName, registryId);
        ValidateIds(imageIds);
        var pages = await ChunkRunner.RunAsync(
            imageIds,
            _options.MaxParallelism,
            (chunk, ct) => _client.BatchDeleteImageAsync(new BatchDeleteImageRequest { RegistryId = registryId, RepositoryName = repositoryName, ImageIds = chunk }, ct),
            cancellationToken).ConfigureAwait(false);
        return new BatchDeleteImagesResult(pages.SelectMany(p => p.ImageIds).ToList(), pages.SelectMany(p => p.Failures).ToList());
    }

    private Task<ListImagesResponse> ListPageAsync(string repositoryName, ListImagesOptions options, string? token, CancellationToken cancellationToken) =>
        _client.ListImagesAsync(
            new ListImagesRequest
            {
                RegistryId = options.RegistryId,
                RepositoryName = repositoryName,
                NextToken = token,
                MaxResults = options.MaxResults,
                Filter = options.TagStatus is null ? null : new ListImagesFilter { TagStatus = options.TagStatus },
            },
            cancellationToken);

    private static void Validate(string repositoryName, string? registryId)
    {
        EcrValidator.RepositoryName(repositoryName, nameof(repositoryName));
        EcrValidator.RegistryId(registryId, nameof(registryId));
    }

    private static void ValidateListing(string repositoryName, ListImagesOptions options)
    {
        Validate(repositoryName, options.RegistryId);
        if (options.MaxResults is < 1 or > EcrValidator.MaxResultsLimit)
        {
            throw new ArgumentOutOfRangeException("MaxResults", options.MaxResults, $"MaxResults must be from 1 to {EcrValidator.MaxResultsLimit}.");
        }

        if (options.Limit is < 1)
        {
            throw new ArgumentOutOfRangeException("Limit", options.Limit, "Limit must be at least 1, or null for no limit.");
        }
    }

    private static void ValidateIds(IReadOnlyList<ImageIdentifier> imageIds)
    {
        if (imageIds is null || imageIds.Count == 0)
        {
            throw new ArgumentException("At least one image identifier is required.", nameof(imageIds));
        }

        for (var i = 0; i < imageIds.Count; i++)
        {
            EcrValidator.ImageId(imageIds[i], $"imageIds[{i}]");
        }
    }

    private static void GuardRepeat(HashSet<string> seen, string token, string operation)
    {
        if (!seen.Add(token))
        {
            throw new EcrException(EcrErrorKind.InvalidResponse, $"{operation} returned a nextToken it had returned before; stopping instead of looping forever.", operation: operation);
        }
    }

    private static EcrException NotFound(string repositoryName, ImageIdentifier id, ImageFailure? failure) =>
        new(
            EcrErrorKind.ImageNotFound,
            failure?.FailureReason ?? $"The image with imageId {{imageDigest:'{id.ImageDigest ?? "null"}', imageTag:'{id.ImageTag ?? "null"}'}} does not exist within the repository with name '{repositoryName}'.",
            errorCode: failure?.FailureCode?.Value ?? "ImageNotFound",
            operation: "BatchGetImage");
}
