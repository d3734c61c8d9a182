using System.Security.Cryptography;
using System.Text;
using Ecr.Raw.Credentials;
using Ecr.Raw.Errors;
using Ecr.Raw.Model;

namespace Ecr.Raw.Tests.Integration;

[Collection(MotoCollection.Name)]
public sealed class EcrClientMotoTests(MotoServer moto)
{
    private static string Manifest(int n) =>
        $$"""{"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json","config":{"mediaType":"application/vnd.docker.container.image.v1+json","size":{{1000 + n}},"digest":"sha256:{{Sha($"cfg{n}")}}"},"layers":[{"mediaType":"application/vnd.docker.image.rootfs.diff.tar.gzip","size":{{5000 + n}},"digest":"sha256:{{Sha($"layer{n}")}}"}]}""";

    private static string Sha(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();

    [MotoFact]
    public async Task EveryOperation_RunsSignedAgainstMoto()
    {
        using var client = moto.CreateClient();
        const string repo = "it/every-op";

        var created = await client.CreateRepositoryAsync(new CreateRepositoryRequest { RepositoryName = repo, Tags = [new() { Key = "team", Value = "ecr-raw" }] });
        created.Repository!.RepositoryName.ShouldBe(repo);
        created.Repository.RepositoryArn.ShouldBe($"arn:aws:ecr:{MotoServer.Region}:123456789012:repository/{repo}");
        created.Repository.ImageTagMutability.ShouldBe(ImageTagMutability.Mutable);
        created.Repository.CreatedAt.ShouldNotBeNull();

        var described = await client.DescribeRepositoriesAsync(new DescribeRepositoriesRequest { RepositoryNames = [repo] });
        described.Repositories.ShouldHaveSingleItem().RepositoryUri.ShouldEndWith("/" + repo);

        var put = await client.PutImageAsync(new PutImageRequest { RepositoryName = repo, ImageManifest = Manifest(1), ImageTag = "v1" });
        var digest = put.Image!.ImageId!.ImageDigest!;
        digest.ShouldStartWith("sha256:");
        put.Image.ImageManifest.ShouldBe(Manifest(1));
        await client.PutImageAsync(new PutImageRequest { RepositoryName = repo, ImageManifest = Manifest(1), ImageTag = "latest" });

        var listed = await client.ListImagesAsync(new ListImagesRequest { RepositoryName = repo });
        listed.ImageIds.Select(i => i.ImageTag).Order().ShouldBe(["latest", "v1"]);
        listed.ImageIds.ShouldAllBe(i => i.ImageDigest == digest);

        var details = await client.DescribeImagesAsync(new DescribeImagesRequest { RepositoryName = repo, ImageIds = [new() { ImageTag = "v1" }] });
        var detail = details.ImageDetails.ShouldHaveSingleItem();
        detail.ImageTags.Order().ShouldBe(["latest", "v1"]);
        detail.ImagePushedAt.ShouldNotBeNull();

        var got = await client.BatchGetImageAsync(new BatchGetImageRequest { RepositoryName = repo, ImageIds = [new() { ImageDigest = digest }, new() { ImageTag = "missing" }] });
        got.Images.ShouldHaveSingleItem().ImageManifest.ShouldBe(Manifest(1));
        got.Failures.ShouldHaveSingleItem().FailureCode.ShouldBe(ImageFailureCode.ImageNotFound);

        var token = await client.GetAuthorizationTokenAsync(new GetAuthorizationTokenRequest());
        var login = token.AuthorizationData.ShouldHaveSingleItem();
        Encoding.UTF8.GetString(Convert.FromBase64String(login.AuthorizationToken!)).ShouldStartWith("AWS:");
        login.ProxyEndpoint.ShouldStartWith("https://");

        var noScan = await Should.ThrowAsync<EcrException>(() => client.DescribeImageScanFindingsAsync(new DescribeImageScanFindingsRequest { RepositoryName = repo, ImageId = new() { ImageTag = "v1" } }));
        noScan.Kind.ShouldBe(EcrErrorKind.ScanNotFound);

        var deleted = await client.BatchDeleteImageAsync(new BatchDeleteImageRequest { RepositoryName = repo, ImageIds = [new() { ImageTag = "latest" }, new() { ImageTag = "nope" }] });
        deleted.ImageIds.ShouldHaveSingleItem().ImageTag.ShouldBe("latest");
        deleted.Failures.ShouldHaveSingleItem().FailureCode.ShouldBe(ImageFailureCode.ImageNotFound);

        var notEmpty = await Should.ThrowAsync<EcrException>(() => client.DeleteRepositoryAsync(new DeleteRepositoryRequest { RepositoryName = repo }));
        notEmpty.Kind.ShouldBe(EcrErrorKind.RepositoryNotEmpty);
        (await client.DeleteRepositoryAsync(new DeleteRepositoryRequest { RepositoryName = repo, Force = true })).Repository!.RepositoryName.ShouldBe(repo);
    }

    [MotoFact]
    public async Task MissingRepository_IsRepositoryNotFound()
    {
        using var client = moto.CreateClient();

        var ex = await Should.ThrowAsync<EcrException>(() => client.ListImagesAsync(new ListImagesRequest { RepositoryName = "it/does-not-exist" }));

        ex.Kind.ShouldBe(EcrErrorKind.RepositoryNotFound);
        ex.ErrorCode.ShouldBe("RepositoryNotFoundException");
        ex.RequestId.ShouldNotBeNullOrEmpty();
    }

    [MotoFact]
    public async Task WrongSecret_FailsWithAnAuthenticationKind()
    {
        using var client = moto.CreateClient(new AwsCredentials(moto.Credentials.AccessKeyId, "not-the-secret"));

        var ex = await Should.ThrowAsync<EcrException>(() => client.DescribeRepositoriesAsync(new DescribeRepositoriesRequest()));

        ex.Kind.ShouldBe(EcrErrorKind.InvalidSignature);
        ex.Kind.IsAuthentication().ShouldBeTrue();
        ex.IsRetryable.ShouldBeFalse();
        ex.ToString().ShouldNotContain("not-the-secret");
    }

    [MotoFact]
    public async Task UnknownAccessKey_IsUnrecognizedClient()
    {
        using var client = moto.CreateClient(new AwsCredentials("AKIAUNKNOWNUNKNOWN00", "whatever"));

        var ex = await Should.ThrowAsync<EcrException>(() => client.DescribeRepositoriesAsync(new DescribeRepositoriesRequest()));

        ex.Kind.ShouldBe(EcrErrorKind.UnrecognizedClient);
    }
}
