using System.Security.Cryptography;
using System.Text;
using Ecr.Raw.Credentials;
using Ecr.Raw.Errors;
using Ecr.Raw.Model;
using Ecr.Raw.QuickStart;
using Ecr.Raw.Retry;
using Ecr.Raw.Testing;

namespace Ecr.Raw.Tests.Testing;

public sealed class InMemoryEcrTests : IDisposable
{
    private readonly InMemoryEcr _ecr = new();

    [Fact]
    public async Task Contract_RepositoryLifecycle() => await EcrContract.RepositoryLifecycle(_ecr.CreateClient(), "contract/lifecycle");

    [Fact]
    public async Task Contract_TagsAndImages() => await EcrContract.TagsAndImages(_ecr.CreateClient(), "contract/tags");

    [Fact]
    public async Task Digest_IsTheSha256OfTheManifestBytes_AndAWrongOneIsRefused()
    {
        using var client = _ecr.CreateClient();
        await client.CreateRepositoryAsync(new CreateRepositoryRequest { RepositoryName = "d/igest" });
        var manifest = QuickReference.SampleManifest("d", 1);

        var put = await client.PutImageAsync(new PutImageRequest { RepositoryName = "d/igest", ImageManifest = manifest, ImageTag = "a" });
        var wrong = await Should.ThrowAsync<EcrException>(() => client.PutImageAsync(new PutImageRequest { RepositoryName = "d/igest", ImageManifest = manifest, ImageTag = "b", ImageDigest = "sha256:" + new string('0', 64) }));

        put.Image!.ImageId!.ImageDigest.ShouldBe("sha256:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(manifest))).ToLowerInvariant());
        wrong.Kind.ShouldBe(EcrErrorKind.ImageDigestDoesNotMatch);
    }

    [Fact]
    public async Task MutableTagMoved_LeavesTheOldImageUntagged_ImmutableRefuses()
    {
        using var client = _ecr.CreateClient();
        await client.CreateRepositoryAsync(new CreateRepositoryRequest { RepositoryName = "m/utable" });
        await client.CreateRepositoryAsync(new CreateRepositoryRequest
        {
            RepositoryName = "i/mmutable",
            ImageTagMutability = ImageTagMutability.ImmutableWithExclusion,
            ImageTagMutabilityExclusionFilters = [new() { FilterType = "WILDCARD", Filter = "latest*" }],
        });

        await client.PutImageAsync(new PutImageRequest { RepositoryName = "m/utable", ImageManifest = QuickReference.SampleManifest("m", 1), ImageTag = "t" });
        await client.PutImageAsync(new PutImageRequest { RepositoryName = "m/utable", ImageManifest = QuickReference.SampleManifest("m", 2), ImageTag = "t" });
        var untagged = await client.ListImagesAsync(new ListImagesRequest { RepositoryName = "m/utable", Filter = new() { TagStatus = TagStatus.Untagged } });

        await client.PutImageAsync(new PutImageRequest { RepositoryName = "i/mmutable", ImageManifest = QuickReference.SampleManifest("i", 1), ImageTag = "v1" });
        await client.PutImageAsync(new PutImageRequest { RepositoryName = "i/mmutable", ImageManifest = QuickReference.SampleManifest("i", 1), ImageTag = "latest-x" });
        var conflict = await Should.ThrowAsync<EcrException>(() => client.PutImageAsync(new PutImageRequest { RepositoryName = "i/mmutable", ImageManifest = QuickReference.SampleManifest("i", 2), ImageTag = "v1" }));
        await client.PutImageAsync(new PutImageRequest { RepositoryName = "i/mmutable", ImageManifest = QuickReference.SampleManifest("i", 2), ImageTag = "latest-x" });

        untagged.ImageIds.ShouldHaveSingleItem().ImageTag.ShouldBeNull();
        conflict.Kind.ShouldBe(EcrErrorKind.ImageTagAlreadyExists);
    }

    [Fact]
    public async Task WrongSecret_IsRefusedAsEcrWould()
    {
        using var client = _ecr.CreateClient(o => o.Credentials = new StaticCredentialsProvider(new AwsCredentials(_ecr.Credentials.AccessKeyId, "wrong")));

        var ex = await Should.ThrowAsync<EcrException>(() => client.DescribeRepositoriesAsync(new DescribeRepositoriesRequest()));

        ex.Kind.ShouldBe(EcrErrorKind.InvalidSignature);
        ex.ErrorCode.ShouldBe("InvalidSignatureException");
    }

    [Fact]
    public async Task UnknownKey_IsUnrecognizedClient()
    {
        using var client = _ecr.CreateClient(o => o.Credentials = new StaticCredentialsProvider(new AwsCredentials("AKIAOTHER", "x")));

        (await Should.ThrowAsync<EcrException>(() => client.DescribeRepositoriesAsync(new DescribeRepositoriesRequest()))).Kind.ShouldBe(EcrErrorKind.UnrecognizedClient);
    }

    [Fact]
    public async Task ThrottleEveryNth_AndFailNext_LetUsersTestTheirRetryHandling()
    {
        var retries = new List<EcrRetryEvent>();
        using var client = _ecr.CreateClient(o =>
        {
            o.Retry.Jitter = () => 0;
            o.Retry.OnRetry = retries.Add;
        });
        _ecr.ThrottleEvery(2);

        await client.DescribeRepositoriesAsync(new DescribeRepositoriesRequest());
        await client.DescribeRepositoriesAsync(new DescribeRepositoriesRequest());
        _ecr.ThrottleEvery(0);
        _ecr.FailNext("ServerException", System.Net.HttpStatusCode.InternalServerError, "boom");
        await client.DescribeRepositoriesAsync(new DescribeRepositoriesRequest());
        _ecr.FailNext("RepositoryNotFoundException");
        var ex = await Should.ThrowAsync<EcrException>(() => client.DescribeRepositoriesAsync(new DescribeRepositoriesRequest()));

        retries.Select(r => r.Kind).ShouldBe([EcrErrorKind.Throttling, EcrErrorKind.ServerError]);
        ex.Kind.ShouldBe(EcrErrorKind.RepositoryNotFound);
        _ecr.CallsTo("DescribeRepositories").ShouldBe(6);
    }

    [Fact]
    public async Task AuthorizationToken_ExpiresInTwelveHours()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero));
        using var ecr = new InMemoryEcr(timeProvider: time);
        using var client = ecr.CreateClient();

        var data = (await client.GetAuthorizationTokenAsync(new GetAuthorizationTokenRequest { RegistryIds = ["111111111111", "222222222222"] })).AuthorizationData;

        data.Select(d => d.ProxyEndpoint).ShouldBe(["https://111111111111.dkr.ecr.us-east-1.amazonaws.com", "https://222222222222.dkr.ecr.us-east-1.amazonaws.com"]);
        data.ShouldAllBe(d => d.ExpiresAt == time.GetUtcNow().AddHours(12));
    }

    [Fact]
    public async Task ConcurrentPushes_AreAllKept()
    {
        using var client = _ecr.CreateClient();
        await client.CreateRepositoryAsync(new CreateRepositoryRequest { RepositoryName = "c/oncurrent" });

        await Task.WhenAll(Enumerable.Range(0, 64).Select(i => client.PutImageAsync(new PutImageRequest { RepositoryName = "c/oncurrent", ImageManifest = QuickReference.SampleManifest("c", i), ImageTag = "t" + i })));

        (await client.ListImagesAsync(new ListImagesRequest { RepositoryName = "c/oncurrent", MaxResults = 1000 })).ImageIds.Count.ShouldBe(64);
    }

    [Theory]
    [InlineData("latest", "latest", true)]
    [InlineData("release-*", "release-1.2", true)]
    [InlineData("release-*", "releaseX", false)]
    [InlineData("*-rc", "1.0-rc", true)]
    [InlineData("v*.*", "v1", false)]
    public void WildcardFilters_MatchTheWholeTag(string pattern, string tag, bool matches) =>
        StoredRepository.WildcardMatch(pattern, tag).ShouldBe(matches);

    public void Dispose() => _ecr.Dispose();
}
