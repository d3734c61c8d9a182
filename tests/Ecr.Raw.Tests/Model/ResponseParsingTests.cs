using Ecr.Raw.Model;
using Ecr.Raw.Tests.Support;

namespace Ecr.Raw.Tests.Model;

public sealed class ResponseParsingTests : IDisposable
{
    private readonly EcrStub _stub = new();

    [Fact]
    public async Task ImageDetail_AllFifteenMembers_TimestampsInEveryNumberForm_UnknownMembersIgnored()
    {
        _stub.Respond("DescribeImages", 200, """
            {"imageDetails":[{
              "registryId":"123456789012","repositoryName":"team/app",
              "imageDigest":"sha256:abc","imageTags":["v1","latest"],"imageSizeInBytes":52428800,
              "imagePushedAt":1.688712875E9,
              "imageScanStatus":{"status":"SOMETHING_NEW","description":"d"},
              "imageScanFindingsSummary":{"imageScanCompletedAt":1796292738.811,"vulnerabilitySourceUpdatedAt":1796292739,"findingSeverityCounts":{"HIGH":1,"LOW":3}},
              "imageManifestMediaType":"application/vnd.oci.image.manifest.v1+json",
              "artifactMediaType":"application/vnd.oci.image.config.v1+json",
              "lastRecordedPullTime":1796292739,
              "subjectManifestDigest":"sha256:def",
              "imageStatus":"ACTIVE",
              "lastArchivedAt":1700000000.5,"lastActivatedAt":1700000001,
              "aMemberAddedIn2030":{"nested":[1,2,3]}
            }],"nextToken":"t2","alsoUnknown":true}
            """);
        using var client = _stub.CreateClient();

        var response = await client.DescribeImagesAsync(new DescribeImagesRequest { RepositoryName = "team/app" });

        var detail = response.ImageDetails.ShouldHaveSingleItem();
        response.NextToken.ShouldBe("t2");
        detail.ImageTags.ShouldBe(["v1", "latest"]);
        detail.ImageSizeInBytes.ShouldBe(52428800);
        detail.ImagePushedAt.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1688712875));
        detail.ImageScanStatus!.Status!.Value.Value.ShouldBe("SOMETHING_NEW");
        detail.ImageScanFindingsSummary!.ImageScanCompletedAt.ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(1796292738811));
        detail.ImageScanFindingsSummary.FindingSeverityCounts!["LOW"].ShouldBe(3);
        detail.ImageStatus.ShouldBe(ImageStatus.Active);
        detail.LastArchivedAt.ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(1700000000500));
        detail.LastActivatedAt.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1700000001));
        detail.SubjectManifestDigest.ShouldBe("sha256:def");
        detail.ArtifactMediaType.ShouldBe("application/vnd.oci.image.config.v1+json");
        detail.LastRecordedPullTime.ShouldNotBeNull();
    }

    [Fact]
    public async Task MissingLists_AreEmptyNotNull()
    {
        _stub.Respond("BatchGetImage", 200, "{}");
        using var client = _stub.CreateClient();

        var response = await client.BatchGetImageAsync(new BatchGetImageRequest { RepositoryName = "team/app", ImageIds = [new() { ImageTag = "v1" }] });

        response.Images.ShouldBeEmpty();
        response.Failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task FailureCodes_KnownAndNew_AreBothKept()
    {
        _stub.Respond("BatchDeleteImage", 200, """
            {"imageIds":[{"imageDigest":"sha256:1","imageTag":"a"}],
             "failures":[{"imageId":{"imageTag":"b"},"failureCode":"ImageNotFound","failureReason":"Requested image not found"},
                         {"imageId":{"imageTag":"c"},"failureCode":"BrandNewCode"}]}
            """);
        using var client = _stub.CreateClient();

        var response = await client.BatchDeleteImageAsync(new BatchDeleteImageRequest { RepositoryName = "team/app", ImageIds = [new() { ImageTag = "a" }, new() { ImageTag = "b" }, new() { ImageTag = "c" }] });

        response.ImageIds.ShouldHaveSingleItem().ImageTag.ShouldBe("a");
        response.Failures[0].FailureCode.ShouldBe(ImageFailureCode.ImageNotFound);
        response.Failures[1].FailureCode!.Value.Value.ShouldBe("BrandNewCode");
    }

    [Fact]
    public async Task AuthorizationData_ToString_RedactsTheToken()
    {
        _stub.Respond("GetAuthorizationToken", 200, """{"authorizationData":[{"authorizationToken":"QVdTOnNlY3JldC1wYXNzd29yZA==","expiresAt":1420070400,"proxyEndpoint":"https://123456789012.dkr.ecr.us-west-2.amazonaws.com"}]}""");
        using var client = _stub.CreateClient();

        var data = (await client.GetAuthorizationTokenAsync(new GetAuthorizationTokenRequest())).AuthorizationData.ShouldHaveSingleItem();

        data.AuthorizationToken.ShouldBe("QVdTOnNlY3JldC1wYXNzd29yZA==");
        data.ExpiresAt.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1420070400));
        data.ToString().ShouldNotContain("QVdTOnNlY3JldC1wYXNzd29yZA==");
        data.ToString().ShouldContain("REDACTED");
    }

    [Fact]
    public async Task Timestamp_AsString_IsAnInvalidResponse()
    {
        _stub.Respond("DescribeRepositories", 200, """{"repositories":[{"createdAt":"2026-01-01"}]}""");
        using var client = _stub.CreateClient();

        var ex = await Should.ThrowAsync<Ecr.Raw.Errors.EcrException>(() => client.DescribeRepositoriesAsync(new DescribeRepositoriesRequest()));
        ex.Kind.ShouldBe(Ecr.Raw.Errors.EcrErrorKind.InvalidResponse);
    }

    [Fact]
    public void OpenEnum_EqualityAndWireValue()
    {
        TagStatus.Tagged.Value.ShouldBe("TAGGED");
        new TagStatus("TAGGED").ShouldBe(TagStatus.Tagged);
        (new TagStatus("X") == TagStatus.Any).ShouldBeFalse();
        ImageTagMutability.ImmutableWithExclusion.Value.ShouldBe("IMMUTABLE_WITH_EXCLUSION");
        Should.Throw<ArgumentException>(() => new ScanStatus("")).ParamName.ShouldBe("value");
    }

    public void Dispose() => _stub.Dispose();
}
