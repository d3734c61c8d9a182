using Ecr.Raw.Errors;
using Ecr.Raw.Model;
using Ecr.Raw.QuickStart;

namespace Ecr.Raw.Tests.Testing;

/// <summary>
/// Behaviour that real ECR, moto and the in-memory ECR share, written once and run against moto and the in-memory ECR,
/// so the fake cannot drift from what the emulator of the real service does.
/// </summary>
internal static class EcrContract
{
    public static async Task RepositoryLifecycle(IEcrClient client, string repo)
    {
        (await client.CreateRepositoryAsync(new CreateRepositoryRequest { RepositoryName = repo })).Repository!.ImageTagMutability.ShouldBe(ImageTagMutability.Mutable);
        (await Should.ThrowAsync<EcrException>(() => client.CreateRepositoryAsync(new CreateRepositoryRequest { RepositoryName = repo }))).Kind.ShouldBe(EcrErrorKind.RepositoryAlreadyExists);
        (await client.DescribeRepositoriesAsync(new DescribeRepositoriesRequest { RepositoryNames = [repo] })).Repositories.ShouldHaveSingleItem().RepositoryName.ShouldBe(repo);
        await client.PutImageAsync(new PutImageRequest { RepositoryName = repo, ImageManifest = QuickReference.SampleManifest(repo, 1), ImageTag = "v1" });
        (await Should.ThrowAsync<EcrException>(() => client.DeleteRepositoryAsync(new DeleteRepositoryRequest { RepositoryName = repo }))).Kind.ShouldBe(EcrErrorKind.RepositoryNotEmpty);
        await client.DeleteRepositoryAsync(new DeleteRepositoryRequest { RepositoryName = repo, Force = true });
        (await Should.ThrowAsync<EcrException>(() => client.ListImagesAsync(new ListImagesRequest { RepositoryName = repo }))).Kind.ShouldBe(EcrErrorKind.RepositoryNotFound);
    }

    public static async Task TagsAndImages(IEcrClient client, string repo)
    {
        await client.CreateRepositoryAsync(new CreateRepositoryRequest { RepositoryName = repo });
        var manifest = QuickReference.SampleManifest(repo, 7);
        var first = await client.PutImageAsync(new PutImageRequest { RepositoryName = repo, ImageManifest = manifest, ImageTag = "v1" });
        var digest = first.Image!.ImageId!.ImageDigest!;
        (await client.PutImageAsync(new PutImageRequest { RepositoryName = repo, ImageManifest = manifest, ImageTag = "latest" })).Image!.ImageId!.ImageTag.ShouldBe("latest");
        (await Should.ThrowAsync<EcrException>(() => client.PutImageAsync(new PutImageRequest { RepositoryName = repo, ImageManifest = manifest, ImageTag = "v1" }))).Kind.ShouldBe(EcrErrorKind.ImageAlreadyExists);

        // One ListImages entry per tag, the same digest on each.
        var listed = (await client.ListImagesAsync(new ListImagesRequest { RepositoryName = repo })).ImageIds;
        listed.Select(i => i.ImageTag).Order().ShouldBe(["latest", "v1"]);
        listed.ShouldAllBe(i => i.ImageDigest == digest);

        // One DescribeImages entry per image; an unknown id fails the whole call.
        (await client.DescribeImagesAsync(new DescribeImagesRequest { RepositoryName = repo, ImageIds = [new() { ImageTag = "v1" }] })).ImageDetails.ShouldHaveSingleItem().ImageTags.Order().ShouldBe(["latest", "v1"]);
        (await Should.ThrowAsync<EcrException>(() => client.DescribeImagesAsync(new DescribeImagesRequest { RepositoryName = repo, ImageIds = [new() { ImageTag = "nope" }] }))).Kind.ShouldBe(EcrErrorKind.ImageNotFound);

        // Batch calls answer 200 with failures.
        var got = await client.BatchGetImageAsync(new BatchGetImageRequest { RepositoryName = repo, ImageIds = [new() { ImageDigest = digest }, new() { ImageTag = "missing" }] });
        got.Images.ShouldHaveSingleItem().ImageManifest.ShouldBe(manifest);
        got.Failures.ShouldHaveSingleItem().FailureCode.ShouldBe(ImageFailureCode.ImageNotFound);

        var deleted = await client.BatchDeleteImageAsync(new BatchDeleteImageRequest { RepositoryName = repo, ImageIds = [new() { ImageTag = "latest" }, new() { ImageTag = "gone" }] });
        deleted.ImageIds.ShouldHaveSingleItem().ImageTag.ShouldBe("latest");
        deleted.Failures.ShouldHaveSingleItem().FailureCode.ShouldBe(ImageFailureCode.ImageNotFound);
        (await client.ListImagesAsync(new ListImagesRequest { RepositoryName = repo })).ImageIds.ShouldHaveSingleItem().ImageTag.ShouldBe("v1");

        (await Should.ThrowAsync<EcrException>(() => client.DescribeImageScanFindingsAsync(new DescribeImageScanFindingsRequest { RepositoryName = repo, ImageId = new() { ImageTag = "v1" } }))).Kind.ShouldBe(EcrErrorKind.ScanNotFound);
        var login = (await client.GetAuthorizationTokenAsync(new GetAuthorizationTokenRequest())).AuthorizationData.ShouldHaveSingleItem();
        System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(login.AuthorizationToken!)).ShouldStartWith("AWS:");
        await client.DeleteRepositoryAsync(new DeleteRepositoryRequest { RepositoryName = repo, Force = true });
    }
}
