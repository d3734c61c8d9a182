using System;
using System.Collections.Generic;
using System.Linq;
using Ecr.Raw.Cli.Parsing;
using Ecr.Raw.Model;
using Ecr.Raw.Transport;

namespace Ecr.Raw.Cli.Commands;

/// <summary>Every command, with the AWS CLI's option names.</summary>
internal static class CommandCatalog
{
    private static readonly OptionSpec RegistryId = new("--registry-id", "registryId", Shape.String, false,
        "The registry (AWS account id) of the repository; the caller's when not given.");

    private static readonly OptionSpec RepositoryName = new("--repository-name", "repositoryName", Shape.String, true, "The repository.");

    private static readonly OptionSpec ImageIds = new("--image-ids", "imageIds", EcrShapes.ImageIdentifierList, true,
        "The images: imageTag=latest imageDigest=sha256:… (one per argument), or JSON [{\"imageTag\":\"latest\"}].");

    /// <summary>The commands, in the order --help lists them.</summary>
    public static IReadOnlyList<CliCommand> All { get; } =
    [
        new ApiCommand<ListImagesRequest, ListImagesResponse>(
            "list-images", "ListImages",
            "Lists the image ids (digest and tag; one entry per tag) in a repository, all pages unless --max-items stops earlier.",
            [RegistryId, RepositoryName,
             new("--filter", "filter", EcrShapes.ListImagesFilter, false, "tagStatus=TAGGED|UNTAGGED|ANY.")],
            c => c.ListImagesRequest, c => c.ListImagesResponse, (client, r, ct) => client.ListImagesAsync(r, ct), "imageIds"),
        new ApiCommand<DescribeImagesRequest, DescribeImagesResponse>(
            "describe-images", "DescribeImages",
            "Describes images (digest, tags, size, push time, scan state): the given ones, or every image of the repository.",
            [RegistryId, RepositoryName, ImageIds with { Required = false },
             new("--filter", "filter", EcrShapes.DescribeImagesFilter, false, "tagStatus=TAGGED|UNTAGGED|ANY,imageStatus=ACTIVE|ARCHIVED|ACTIVATING|ANY.")],
            c => c.DescribeImagesRequest, c => c.DescribeImagesResponse, (client, r, ct) => client.DescribeImagesAsync(r, ct), "imageDetails"),
        new ApiCommand<BatchGetImageRequest, BatchGetImageResponse>(
            "batch-get-image", "BatchGetImage",
            "Gets the manifests of up to 100 images; the ones not found are listed under failures.",
            [RegistryId, RepositoryName, ImageIds,
             new("--accepted-media-types", "acceptedMediaTypes", EcrShapes.StringList, false, "The manifest media types to accept (one per argument).")],
            c => c.BatchGetImageRequest, c => c.BatchGetImageResponse, (client, r, ct) => client.BatchGetImageAsync(r, ct)),
        new ApiCommand<PutImageRequest, PutImageResponse>(
            "put-image", "PutImage",
            "Creates or updates an image from its manifest (the layers must already be in the repository), optionally tagged.",
            [RegistryId, RepositoryName,
             new("--image-manifest", "imageManifest", Shape.String, true, "The manifest JSON; file://path reads it from a file."),
             new("--image-manifest-media-type", "imageManifestMediaType", Shape.String, false, "The manifest's media type, when the manifest has no mediaType."),
             new("--image-tag", "imageTag", Shape.String, false, "The tag to give the image."),
             new("--image-digest", "imageDigest", Shape.String, false, "The manifest's digest, checked by the service.")],
            c => c.PutImageRequest, c => c.PutImageResponse, (client, r, ct) => client.PutImageAsync(r, ct)),
        new ApiCommand<BatchDeleteImageRequest, BatchDeleteImageResponse>(
            "batch-delete-image", "BatchDeleteImage",
            "Deletes up to 100 images by tag or digest; deleting a tag leaves the image while it has other tags.",
            [RegistryId, RepositoryName, ImageIds],
            c => c.BatchDeleteImageRequest, c => c.BatchDeleteImageResponse, (client, r, ct) => client.BatchDeleteImageAsync(r, ct)),
        new GetLoginPasswordCommand(),
        new ApiCommand<GetAuthorizationTokenRequest, GetAuthorizationTokenResponse>(
            "get-authorization-token", "GetAuthorizationToken",
            "Gets a registry authorization token (base64 of AWS:password), its expiry and the registry's URL.",
            [new("--registry-ids", "registryIds", EcrShapes.StringList, false, "Registries to get tokens for (deprecated by the service; the token works for all).")],
            c => c.GetAuthorizationTokenRequest, c => c.GetAuthorizationTokenResponse, (client, r, ct) => client.GetAuthorizationTokenAsync(r, ct)),
        new ApiCommand<DescribeRepositoriesRequest, DescribeRepositoriesResponse>(
            "describe-repositories", "DescribeRepositories",
            "Describes repositories: the named ones, or every one in the registry.",
            [RegistryId, new("--repository-names", "repositoryNames", EcrShapes.StringList, false, "The repositories (one per argument).")],
            c => c.DescribeRepositoriesRequest, c => c.DescribeRepositoriesResponse, (client, r, ct) => client.DescribeRepositoriesAsync(r, ct), "repositories"),
        new ApiCommand<CreateRepositoryRequest, CreateRepositoryResponse>(
            "create-repository", "CreateRepository",
            "Creates a repository.",
            [RegistryId, RepositoryName,
             new("--tags", "tags", EcrShapes.TagList, false, "Resource tags: Key=team,Value=web (one per argument)."),
             new("--image-tag-mutability", "imageTagMutability", Shape.String, false, "MUTABLE, IMMUTABLE, MUTABLE_WITH_EXCLUSION or IMMUTABLE_WITH_EXCLUSION."),
             new("--image-tag-mutability-exclusion-filters", "imageTagMutabilityExclusionFilters", EcrShapes.ExclusionFilterList, false, "filterType=WILDCARD,filter=latest (one per argument)."),
             new("--image-scanning-configuration", "imageScanningConfiguration", EcrShapes.ImageScanningConfiguration, false, "scanOnPush=true|false."),
             new("--encryption-configuration", "encryptionConfiguration", EcrShapes.EncryptionConfiguration, false, "encryptionType=AES256|KMS|KMS_DSSE,kmsKey=<arn>.")],
            c => c.CreateRepositoryRequest, c => c.CreateRepositoryResponse, (client, r, ct) => client.CreateRepositoryAsync(r, ct)),
        new ApiCommand<DeleteRepositoryRequest, DeleteRepositoryResponse>(
            "delete-repository", "DeleteRepository",
            "Deletes a repository; with --force also when it still holds images.",
            [RegistryId, RepositoryName,
             new("--force", "force", Shape.Boolean, false, "Delete the images too (--no-force, the default, refuses when there are any).")],
            c => c.DeleteRepositoryRequest, c => c.DeleteRepositoryResponse, (client, r, ct) => client.DeleteRepositoryAsync(r, ct)),
        new PutImageTagCommand(),
    ];

    /// <summary>The command called <paramref name="name"/>, or null.</summary>
    public static CliCommand? Find(string name) => All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));
}
