using System.Globalization;
using Ecr.Raw.Errors;
using Ecr.Raw.Images;
using Ecr.Raw.Model;
using Ecr.Raw.QuickStart;
using Ecr.Raw.Testing;
using Ecr.Raw.Tests.Support;

namespace Ecr.Raw.Tests.Images;

public sealed class ImageServiceTests : IDisposable
{
    private const string Repo = "team/app";
    private readonly InMemoryEcr _ecr = new();
    private readonly EcrClient _client;

    public ImageServiceTests()
    {
        _client = _ecr.CreateClient();
        _client.CreateRepositoryAsync(new CreateRepositoryRequest { RepositoryName = Repo }).GetAwaiter().GetResult();
    }

    private async Task<List<string>> PushAsync(int count, string prefix = "t")
    {
        var digests = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var put = await _client.PutImageAsync(new PutImageRequest { RepositoryName = Repo, ImageManifest = QuickReference.SampleManifest(prefix, i), ImageTag = prefix + i.ToString(CultureInfo.InvariantCulture) });
            digests.Add(put.Image!.ImageId!.ImageDigest!);
        }

        return digests;
    }

    [Theory]
    [InlineData(100, 1)]
    [InlineData(101, 2)]
    [InlineData(250, 3)]
    public async Task BatchGetImages_ChunksOf100_KeepInputOrder(int count, int calls)
    {
        var digests = await PushAsync(count);
        var ids = digests.Select(d => new ImageIdentifier { ImageDigest = d }).Reverse().ToList();

        var result = await new ImageService(_client, new ImageServiceOptions { MaxParallelism = 4 }).BatchGetImagesAsync(Repo, ids);

        _ecr.CallsTo("BatchGetImage").ShouldBe(calls);
        result.Images.Select(i => i.ImageId!.ImageDigest).ShouldBe(ids.Select(i => i.ImageDigest));
        result.Failures.ShouldBeEmpty();
    }

    // One id more than was pushed, so a failure is reported too: 101, 102 and 251 ids.
    [Theory]
    [InlineData(100, 2)]
    [InlineData(101, 2)]
    [InlineData(250, 3)]
    public async Task BatchDeleteImages_ChunksOf100_ReportOnlyWhatTheServiceDeleted(int count, int calls)
    {
        await PushAsync(count);
        var ids = Enumerable.Range(0, count).Select(i => new ImageIdentifier { ImageTag = "t" + i.ToString(CultureInfo.InvariantCulture) }).Append(new ImageIdentifier { ImageTag = "never-pushed" }).ToList();

        var result = await new ImageService(_client).BatchDeleteImagesAsync(Repo, ids);

        _ecr.CallsTo("BatchDeleteImage").ShouldBe(calls);
        result.Deleted.Count.ShouldBe(count);
        result.Failures.ShouldHaveSingleItem().ImageId!.ImageTag.ShouldBe("never-pushed");
        (await _client.ListImagesAsync(new ListImagesRequest { RepositoryName = Repo })).ImageIds.ShouldBeEmpty();
    }

    [Fact]
    public async Task DescribeImages_WithIds_ChunksOf100()
    {
        await PushAsync(150);

        var details = await new ImageService(_client).DescribeImagesAsync(Repo, Enumerable.Range(0, 150).Select(i => new ImageIdentifier { ImageTag = "t" + i.ToString(CultureInfo.InvariantCulture) }).ToList());

        details.Count.ShouldBe(150);
        _ecr.CallsTo("DescribeImages").ShouldBe(2);
    }

    [Fact]
    public async Task DescribeImages_WithoutIds_PagesThroughEverything()
    {
        await PushAsync(1200);

        var details = await new ImageService(_client).DescribeImagesAsync(Repo);

        details.Count.ShouldBe(1200);
        _ecr.CallsTo("DescribeImages").ShouldBe(2);
    }

    [Fact]
    public async Task ListImages_PagesAcrossPages()
    {
        await PushAsync(25);

        var result = await new ImageService(_client).ListImagesAsync(Repo, new ListImagesOptions { MaxResults = 10 });

        result.Images.Count.ShouldBe(25);
        result.NextToken.ShouldBeNull();
        _ecr.CallsTo("ListImages").ShouldBe(3);
    }

    [Fact]
    public async Task ListImages_LimitStopsMidPage_AndNextTokenResumesExactlyThere()
    {
        await PushAsync(25);
        var service = new ImageService(_client);

        var first = await service.ListImagesAsync(Repo, new ListImagesOptions { MaxResults = 10, Limit = 15 });
        var rest = await service.ListImagesAsync(Repo, new ListImagesOptions { MaxResults = 10, NextToken = first.NextToken });

        first.Images.Count.ShouldBe(15);
        first.NextToken.ShouldNotBeNull();
        rest.Images.Count.ShouldBe(10);
        first.Images.Concat(rest.Images).Select(i => i.ImageTag).ShouldBe(Enumerable.Range(0, 25).Select(i => "t" + i.ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task ListImages_LimitAtAPageBoundary_ResumesWithTheServiceToken()
    {
        await PushAsync(20);
        var service = new ImageService(_client);

        var first = await service.ListImagesAsync(Repo, new ListImagesOptions { MaxResults = 10, Limit = 10 });
        var rest = await service.ListImagesAsync(Repo, new ListImagesOptions { MaxResults = 10, NextToken = first.NextToken });

        first.Images.Count.ShouldBe(10);
        rest.Images.Select(i => i.ImageTag).ShouldBe(Enumerable.Range(10, 10).Select(i => "t" + i.ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task ListImages_ResumeWithAnotherPageSize_IsRefused()
    {
        await PushAsync(25);
        var service = new ImageService(_client);
        var first = await service.ListImagesAsync(Repo, new ListImagesOptions { MaxResults = 10, Limit = 15 });

        var ex = await Should.ThrowAsync<ArgumentException>(() => service.ListImagesAsync(Repo, new ListImagesOptions { MaxResults = 20, NextToken = first.NextToken }));

        ex.ParamName.ShouldBe("nextToken");
    }

    [Fact]
    public async Task EnumerateImages_StreamsEveryId_OnePageAtATime()
    {
        await PushAsync(2500);

        var count = 0;
        await foreach (var _ in new ImageService(_client).EnumerateImagesAsync(Repo, new ListImagesOptions { MaxResults = 1000 }))
        {
            count++;
        }

        count.ShouldBe(2500);
        _ecr.CallsTo("ListImages").ShouldBe(3);
    }

    [Fact]
    public async Task EmptyRepository_ListsNothing()
    {
        var result = await new ImageService(_client).ListImagesAsync(Repo);

        result.Images.ShouldBeEmpty();
        result.NextToken.ShouldBeNull();
    }

    [Fact]
    public async Task RepeatedNextToken_IsAnError_NotAnEndlessLoop()
    {
        using var stub = new EcrStub();
        stub.Respond("ListImages", 200, """{"imageIds":[{"imageTag":"a","imageDigest":"sha256:1"}],"nextToken":"same"}""");
        using var client = stub.CreateClient();

        var ex = await Should.ThrowAsync<EcrException>(() => new ImageService(client).ListImagesAsync(Repo));

        ex.Kind.ShouldBe(EcrErrorKind.InvalidResponse);
        stub.Requests.Count.ShouldBe(2);
    }

    [Fact]
    public async Task BatchGetImages_PartialFailures_AreKept()
    {
        await PushAsync(1);

        var result = await new ImageService(_client).BatchGetImagesAsync(Repo, [new() { ImageTag = "t0" }, new() { ImageTag = "missing" }]);

        result.Images.ShouldHaveSingleItem().ImageId!.ImageTag.ShouldBe("t0");
        result.Failures.ShouldHaveSingleItem().FailureCode.ShouldBe(ImageFailureCode.ImageNotFound);
    }

    [Fact]
    public async Task GetImage_Missing_IsImageNotFound()
    {
        var ex = await Should.ThrowAsync<EcrException>(() => new ImageService(_client).GetImageAsync(Repo, new ImageIdentifier { ImageTag = "nope" }));

        ex.Kind.ShouldBe(EcrErrorKind.ImageNotFound);
    }

    [Fact]
    public async Task PutImageTag_ManifestList_KeepsMediaTypeAndDigest()
    {
        var list = """{"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.list.v2+json","manifests":[]}""";
        var pushed = await _client.PutImageAsync(new PutImageRequest { RepositoryName = Repo, ImageManifest = list, ImageTag = "multi" });
        var digest = pushed.Image!.ImageId!.ImageDigest!;

        var tagged = await new ImageService(_client).PutImageTagAsync(Repo, digest, "release");

        tagged.ImageId!.ImageDigest.ShouldBe(digest);
        var detail = (await _client.DescribeImagesAsync(new DescribeImagesRequest { RepositoryName = Repo, ImageIds = [new() { ImageTag = "release" }] })).ImageDetails.ShouldHaveSingleItem();
        detail.ImageDigest.ShouldBe(digest);
        detail.ImageManifestMediaType.ShouldBe(ManifestMediaTypes.DockerManifestList);
        detail.ImageTags.ShouldBe(["multi", "release"]);
    }

    [Fact]
    public async Task PutImageTag_TagAlreadyOnTheDigest_IsSuccess()
    {
        var digests = await PushAsync(1);

        var image = await new ImageService(_client).PutImageTagAsync(Repo, digests[0], "t0");

        image.ImageId!.ImageTag.ShouldBe("t0");
    }

    [Fact]
    public async Task PutImageTag_ImmutableConflict_IsImageTagAlreadyExists()
    {
        await _client.CreateRepositoryAsync(new CreateRepositoryRequest { RepositoryName = "team/immutable", ImageTagMutability = ImageTagMutability.Immutable });
        var first = await _client.PutImageAsync(new PutImageRequest { RepositoryName = "team/immutable", ImageManifest = QuickReference.SampleManifest("i", 1), ImageTag = "v1" });
        await _client.PutImageAsync(new PutImageRequest { RepositoryName = "team/immutable", ImageManifest = QuickReference.SampleManifest("i", 2), ImageTag = "v2" });

        var ex = await Should.ThrowAsync<EcrException>(() => new ImageService(_client).PutImageTagAsync("team/immutable", first.Image!.ImageId!.ImageDigest!, "v2"));

        ex.Kind.ShouldBe(EcrErrorKind.ImageTagAlreadyExists);
    }

    [Fact]
    public async Task CrossAccount_RegistryIdIsSentOnEveryCall()
    {
        using var stub = new EcrStub();
        stub.Respond(null, 200, "{}");
        using var client = stub.CreateClient();

        await new ImageService(client).ListImagesAsync(Repo, new ListImagesOptions { RegistryId = "210987654321" });
        await new ImageService(client).BatchDeleteImagesAsync(Repo, [new() { ImageTag = "x" }], registryId: "210987654321");

        stub.Requests.ShouldAllBe(r => System.Text.Encoding.UTF8.GetString(r.RequestMessage.BodyAsBytes!).Contains("\"registryId\":\"210987654321\""));
    }

    public static TheoryData<string, string> InvalidCalls() => new()
    {
        { "bad-repo", "repositoryName" },
        { "empty-ids", "imageIds" },
        { "id-neither", "imageIds[0]" },
        { "bad-tag", "imageIds[0]" },
        { "max-0", "MaxResults" },
        { "max-1001", "MaxResults" },
        { "limit-0", "Limit" },
        { "bad-digest", "sourceDigest" },
        { "bad-registry", "registryId" },
    };

    [Theory]
    [MemberData(nameof(InvalidCalls))]
    public async Task InvalidInput_SendsNoRequest(string @case, string parameter)
    {
        var service = new ImageService(_client);
        Func<Task> call = @case switch
        {
            "bad-repo" => () => service.ListImagesAsync("Bad/Name"),
            "empty-ids" => () => service.BatchGetImagesAsync(Repo, []),
            "id-neither" => () => service.BatchDeleteImagesAsync(Repo, [new ImageIdentifier()]),
            "bad-tag" => () => service.DescribeImagesAsync(Repo, [new ImageIdentifier { ImageTag = new string('x', 301) }]),
            "max-0" => () => service.ListImagesAsync(Repo, new ListImagesOptions { MaxResults = 0 }),
            "max-1001" => () => service.ListImagesAsync(Repo, new ListImagesOptions { MaxResults = 1001 }),
            "limit-0" => () => service.ListImagesAsync(Repo, new ListImagesOptions { Limit = 0 }),
            "bad-digest" => () => service.PutImageTagAsync(Repo, "md5:zz", "v1"),
            "bad-registry" => () => service.GetImageAsync(Repo, new ImageIdentifier { ImageTag = "a" }, registryId: "acct"),
            _ => throw new ArgumentOutOfRangeException(nameof(@case)),
        };
        var before = new[] { "ListImages", "BatchGetImage", "BatchDeleteImage", "DescribeImages", "PutImage" }.Sum(_ecr.CallsTo);

        (await Should.ThrowAsync<ArgumentException>(call)).ParamName.ShouldBe(parameter);

        new[] { "ListImages", "BatchGetImage", "BatchDeleteImage", "DescribeImages", "PutImage" }.Sum(_ecr.CallsTo).ShouldBe(before);
    }

    [Fact]
    public async Task QuickReference_RunsEveryStep()
    {
        using var output = new StringWriter();

        await QuickReference.RunAsync(_client, "quick/ref", output);

        var text = output.ToString();
        text.ShouldContain("listImages: v1, v2");
        text.ShouldContain("batchGetImages: 1 found, 1 failed (ImageNotFound)");
        text.ShouldContain("putImageTag: v1 is now also 'release'");
        text.ShouldContain("error handling: ImageNotFound");
    }

    public void Dispose()
    {
        _client.Dispose();
        _ecr.Dispose();
    }
}
