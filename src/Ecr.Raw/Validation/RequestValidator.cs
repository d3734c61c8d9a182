using System;
using Ecr.Raw.Model;

namespace Ecr.Raw.Validation;

/// <summary>Checks each operation's input against the ECR model before it is sent.</summary>
internal static class RequestValidator
{
    public static void Validate(ListImagesRequest request)
    {
        Require(request);
        EcrValidator.RegistryId(request.RegistryId);
        EcrValidator.RepositoryName(request.RepositoryName);
        EcrValidator.MaxResults(request.MaxResults);
    }

    public static void Validate(DescribeImagesRequest request)
    {
        Require(request);
        EcrValidator.RegistryId(request.RegistryId);
        EcrValidator.RepositoryName(request.RepositoryName);
        EcrValidator.MaxResults(request.MaxResults);
        if (request.ImageIds is not null)
        {
            EcrValidator.ImageIds(request.ImageIds);
        }

        EcrValidator.NotWithIds(request.ImageIds is not null, request.NextToken, request.MaxResults, "imageIds");
    }

    public static void Validate(BatchGetImageRequest request)
    {
        Require(request);
        EcrValidator.RegistryId(request.RegistryId);
        EcrValidator.RepositoryName(request.RepositoryName);
        EcrValidator.ImageIds(request.ImageIds);
        EcrValidator.CountBetween(request.AcceptedMediaTypes, 1, 100, "acceptedMediaTypes");
    }

    public static void Validate(PutImageRequest request)
    {
        Require(request);
        EcrValidator.RegistryId(request.RegistryId);
        EcrValidator.RepositoryName(request.RepositoryName);
        EcrValidator.Manifest(request.ImageManifest);
        EcrValidator.ImageTag(request.ImageTag);
        EcrValidator.ImageDigest(request.ImageDigest);
    }

    public static void Validate(BatchDeleteImageRequest request)
    {
        Require(request);
        EcrValidator.RegistryId(request.RegistryId);
        EcrValidator.RepositoryName(request.RepositoryName);
        EcrValidator.ImageIds(request.ImageIds);
    }

    public static void Validate(GetAuthorizationTokenRequest request)
    {
        Require(request);
        EcrValidator.CountBetween(request.RegistryIds, 1, 10, "registryIds");
        if (request.RegistryIds is not null)
        {
            for (var i = 0; i < request.RegistryIds.Count; i++)
            {
                EcrValidator.RegistryId(request.RegistryIds[i] ?? string.Empty, $"registryIds[{i}]");
            }
        }
    }

    public static void Validate(DescribeRepositoriesRequest request)
    {
        Require(request);
        EcrValidator.RegistryId(request.RegistryId);
        EcrValidator.MaxResults(request.MaxResults);
        EcrValidator.CountBetween(request.RepositoryNames, 1, 100, "repositoryNames");
        if (request.RepositoryNames is not null)
        {
            for (var i = 0; i < request.RepositoryNames.Count; i++)
            {
                EcrValidator.RepositoryName(request.RepositoryNames[i], $"repositoryNames[{i}]");
            }
        }

        EcrValidator.NotWithIds(request.RepositoryNames is not null, request.NextToken, request.MaxResults, "repositoryNames");
    }

    public static void Validate(CreateRepositoryRequest request)
    {
        Require(request);
        EcrValidator.RegistryId(request.RegistryId);
        EcrValidator.RepositoryName(request.RepositoryName);
        EcrValidator.CountBetween(request.ImageTagMutabilityExclusionFilters, 1, 5, "imageTagMutabilityExclusionFilters");
        if (request.ImageTagMutabilityExclusionFilters is { } filters)
        {
            for (var i = 0; i < filters.Count; i++)
            {
                EcrValidator.ExclusionFilter(filters[i], $"imageTagMutabilityExclusionFilters[{i}]");
            }
        }
    }

    public static void Validate(DeleteRepositoryRequest request)
    {
        Require(request);
        EcrValidator.RegistryId(request.RegistryId);
        EcrValidator.RepositoryName(request.RepositoryName);
    }

    public static void Validate(DescribeImageScanFindingsRequest request)
    {
        Require(request);
        EcrValidator.RegistryId(request.RegistryId);
        EcrValidator.RepositoryName(request.RepositoryName);
        EcrValidator.ImageId(request.ImageId, "imageId");
        EcrValidator.MaxResults(request.MaxResults);
    }

    private static void Require(object? request)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }
    }
}
