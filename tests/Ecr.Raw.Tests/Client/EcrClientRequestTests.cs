using System.Text;
using Ecr.Raw.Model;
using Ecr.Raw.Tests.Support;

namespace Ecr.Raw.Tests.Client;

public sealed class EcrClientRequestTests : IDisposable
{
    private readonly EcrStub _stub = new();

    public static TheoryData<string, string> Operations() => new()
    {
        { "ListImages", """{"repositoryName":"team/app","maxResults":10,"filter":{"tagStatus":"TAGGED"}}""" },
        { "DescribeImages", """{"repositoryName":"team/app","imageIds":[{"imageTag":"v1"}]}""" },
        { "BatchGetImage", """{"registryId":"123456789012","repositoryName":"team/app","imageIds":[{"imageDigest":"sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}],"acceptedMediaTypes":["application/vnd.oci.image.manifest.v1+json"]}""" },
        { "PutImage", """{"repositoryName":"team/app","imageManifest":"{\"schemaVersion\":2}","imageManifestMediaType":"application/vnd.oci.image.manifest.v1+json","imageTag":"v2"}""" },
        { "BatchDeleteImage", """{"repositoryName":"team/app","imageIds":[{"imageTag":"old"}]}""" },
        { "GetAuthorizationToken", """{}""" },
        { "DescribeRepositories", """{"maxResults":5}""" },
        { "CreateRepository", """{"repositoryName":"team/new","tags":[{"Key":"team","Value":"a"}],"imageTagMutability":"IMMUTABLE","imageScanningConfiguration":{"scanOnPush":true},"encryptionConfiguration":{"encryptionType":"KMS","kmsKey":"alias/x"}}""" },
        { "DeleteRepository", """{"repositoryName":"team/old","force":true}""" },
        { "DescribeImageScanFindings", """{"repositoryName":"team/app","imageId":{"imageTag":"v1"},"maxResults":50}""" },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_SendsTheExactJson11Request_Signed(string operation, string expectedBody)
    {
        _stub.Respond(operation, 200, "{}", ("Content-Type", "application/x-amz-json-1.1"));
        using var client = _stub.CreateClient();

        await Call(client, operation);

        var entry = _stub.Requests.ShouldHaveSingleItem();
        entry.RequestMessage.Method.ShouldBe("POST");
        entry.RequestMessage.Path.ShouldBe("/");
        EcrStub.Header(entry, "X-Amz-Target").ShouldBe("AmazonEC2ContainerRegistry_V20150921." + operation);
        EcrStub.Header(entry, "Content-Type").ShouldBe("application/x-amz-json-1.1");
        Encoding.UTF8.GetString(entry.RequestMessage.BodyAsBytes!).ShouldBe(expectedBody);
        EcrStub.Header(entry, "User-Agent").ShouldStartWith("ecr-raw/");
        Guid.TryParse(EcrStub.Header(entry, "amz-sdk-invocation-id"), out _).ShouldBeTrue();
        EcrStub.Header(entry, "amz-sdk-request").ShouldStartWith("attempt=1;");
        EcrStub.Header(entry, "Authorization").ShouldContain($"/{EcrStub.Region}/ecr/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target,");
        _stub.SignatureVerifies(entry).ShouldBeTrue();
    }

    [Fact]
    public async Task SessionToken_IsSentAndSigned()
    {
        _stub.Respond(null, 200, "{}");
        using var client = _stub.CreateClient(o => o.Credentials = new Ecr.Raw.Credentials.StaticCredentialsProvider(new Ecr.Raw.Credentials.AwsCredentials(EcrStub.AccessKey, EcrStub.Secret, "session-token-1")));

        await client.GetAuthorizationTokenAsync(new GetAuthorizationTokenRequest());

        var entry = _stub.Requests.ShouldHaveSingleItem();
        EcrStub.Header(entry, "X-Amz-Security-Token").ShouldBe("session-token-1");
        EcrStub.Header(entry, "Authorization").ShouldContain("x-amz-security-token");
    }

    internal static Task Call(IEcrClient client, string operation) => operation switch
    {
        "ListImages" => client.ListImagesAsync(new() { RepositoryName = "team/app", MaxResults = 10, Filter = new() { TagStatus = TagStatus.Tagged } }),
        "DescribeImages" => client.DescribeImagesAsync(new() { RepositoryName = "team/app", ImageIds = [new() { ImageTag = "v1" }] }),
        "BatchGetImage" => client.BatchGetImageAsync(new()
        {
            RegistryId = "123456789012",
            RepositoryName = "team/app",
            ImageIds = [new() { ImageDigest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" }],
            AcceptedMediaTypes = ["application/vnd.oci.image.manifest.v1+json"],
        }),
        "PutImage" => client.PutImageAsync(new() { RepositoryName = "team/app", ImageManifest = """{"schemaVersion":2}""", ImageManifestMediaType = "application/vnd.oci.image.manifest.v1+json", ImageTag = "v2" }),
        "BatchDeleteImage" => client.BatchDeleteImageAsync(new() { RepositoryName = "team/app", ImageIds = [new() { ImageTag = "old" }] }),
        "GetAuthorizationToken" => client.GetAuthorizationTokenAsync(new()),
        "DescribeRepositories" => client.DescribeRepositoriesAsync(new() { MaxResults = 5 }),
        "CreateRepository" => client.CreateRepositoryAsync(new()
        {
            RepositoryName = "team/new",
            Tags = [new() { Key = "team", Value = "a" }],
            ImageTagMutability = ImageTagMutability.Immutable,
            ImageScanningConfiguration = new() { ScanOnPush = true },
            EncryptionConfiguration = new() { EncryptionType = EncryptionType.Kms, KmsKey = "alias/x" },
        }),
        "DeleteRepository" => client.DeleteRepositoryAsync(new() { RepositoryName = "team/old", Force = true }),
        "DescribeImageScanFindings" => client.DescribeImageScanFindingsAsync(new() { RepositoryName = "team/app", ImageId = new() { ImageTag = "v1" }, MaxResults = 50 }),
        _ => throw new ArgumentOutOfRangeException(nameof(operation)),
    };

    public void Dispose() => _stub.Dispose();
}
