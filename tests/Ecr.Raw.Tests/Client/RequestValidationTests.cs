using Ecr.Raw.Model;
using Ecr.Raw.Tests.Support;

namespace Ecr.Raw.Tests.Client;

public sealed class RequestValidationTests : IDisposable
{
    private static readonly ImageIdentifier V1 = new() { ImageTag = "v1" };
    private readonly EcrStub _stub = new();

    public static TheoryData<string, string> Invalid() => new()
    {
        { "list:name-too-short", "repositoryName" },
        { "list:name-upper", "repositoryName" },
        { "list:name-double-dot", "repositoryName" },
        { "list:name-trailing-slash", "repositoryName" },
        { "list:name-too-long", "repositoryName" },
        { "list:max-0", "maxResults" },
        { "list:max-1001", "maxResults" },
        { "list:registry", "registryId" },
        { "describe:ids-with-token", "nextToken" },
        { "describe:ids-with-max", "maxResults" },
        { "describe:ids-empty", "imageIds" },
        { "batchget:ids-101", "imageIds" },
        { "batchget:id-neither", "imageIds[0]" },
        { "batchget:tag-too-long", "imageIds[0]" },
        { "batchget:bad-digest", "imageIds[0]" },
        { "batchget:media-empty", "acceptedMediaTypes" },
        { "put:manifest-empty", "imageManifest" },
        { "put:tag-space", "imageTag" },
        { "delete:ids-empty", "imageIds" },
        { "token:registries-11", "registryIds" },
        { "token:registry-bad", "registryIds[0]" },
        { "repos:names-with-max", "maxResults" },
        { "create:filter-bad", "imageTagMutabilityExclusionFilters[0]" },
        { "scan:no-id", "imageId" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task InvalidInput_ThrowsNamingTheMember_AndSendsNothing(string @case, string parameter)
    {
        _stub.Respond(null, 200, "{}");
        using var client = _stub.CreateClient();

        var ex = await Should.ThrowAsync<ArgumentException>(() => Call(client, @case));

        ex.ParamName.ShouldBe(parameter);
        ex.Message.Length.ShouldBeGreaterThan(parameter.Length + 20);
        _stub.Requests.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("team/app")]
    [InlineData("a.b_c__d---e/f0")]
    [InlineData("x1/y2/z3")]
    public async Task ValidRepositoryNames_AreSent(string name)
    {
        _stub.Respond(null, 200, "{}");
        using var client = _stub.CreateClient();

        await client.ListImagesAsync(new ListImagesRequest { RepositoryName = name, MaxResults = 1000 });

        _stub.Requests.Count.ShouldBe(1);
    }

    private static Task Call(IEcrClient c, string @case) => @case switch
    {
        "list:name-too-short" => c.ListImagesAsync(new() { RepositoryName = "a" }),
        "list:name-upper" => c.ListImagesAsync(new() { RepositoryName = "Team/app" }),
        "list:name-double-dot" => c.ListImagesAsync(new() { RepositoryName = "team..app" }),
        "list:name-trailing-slash" => c.ListImagesAsync(new() { RepositoryName = "team/" }),
        "list:name-too-long" => c.ListImagesAsync(new() { RepositoryName = new string('a', 257) }),
        "list:max-0" => c.ListImagesAsync(new() { RepositoryName = "team/app", MaxResults = 0 }),
        "list:max-1001" => c.ListImagesAsync(new() { RepositoryName = "team/app", MaxResults = 1001 }),
        "list:registry" => c.ListImagesAsync(new() { RepositoryName = "team/app", RegistryId = "12345" }),
        "describe:ids-with-token" => c.DescribeImagesAsync(new() { RepositoryName = "team/app", ImageIds = [V1], NextToken = "t" }),
        "describe:ids-with-max" => c.DescribeImagesAsync(new() { RepositoryName = "team/app", ImageIds = [V1], MaxResults = 5 }),
        "describe:ids-empty" => c.DescribeImagesAsync(new() { RepositoryName = "team/app", ImageIds = [] }),
        "batchget:ids-101" => c.BatchGetImageAsync(new() { RepositoryName = "team/app", ImageIds = Enumerable.Repeat(V1, 101).ToList() }),
        "batchget:id-neither" => c.BatchGetImageAsync(new() { RepositoryName = "team/app", ImageIds = [new()] }),
        "batchget:tag-too-long" => c.BatchGetImageAsync(new() { RepositoryName = "team/app", ImageIds = [new() { ImageTag = new string('t', 301) }] }),
        "batchget:bad-digest" => c.BatchGetImageAsync(new() { RepositoryName = "team/app", ImageIds = [new() { ImageDigest = "sha256-nothex" }] }),
        "batchget:media-empty" => c.BatchGetImageAsync(new() { RepositoryName = "team/app", ImageIds = [V1], AcceptedMediaTypes = [] }),
        "put:manifest-empty" => c.PutImageAsync(new() { RepositoryName = "team/app", ImageManifest = "" }),
        "put:tag-space" => c.PutImageAsync(new() { RepositoryName = "team/app", ImageManifest = "{}", ImageTag = "a b" }),
        "delete:ids-empty" => c.BatchDeleteImageAsync(new() { RepositoryName = "team/app", ImageIds = [] }),
        "token:registries-11" => c.GetAuthorizationTokenAsync(new() { RegistryIds = Enumerable.Repeat("123456789012", 11).ToList() }),
        "token:registry-bad" => c.GetAuthorizationTokenAsync(new() { RegistryIds = ["abc"] }),
        "repos:names-with-max" => c.DescribeRepositoriesAsync(new() { RepositoryNames = ["team/app"], MaxResults = 3 }),
        "create:filter-bad" => c.CreateRepositoryAsync(new() { RepositoryName = "team/app", ImageTagMutabilityExclusionFilters = [new() { FilterType = "WILDCARD", Filter = "no spaces" }] }),
        "scan:no-id" => c.DescribeImageScanFindingsAsync(new() { RepositoryName = "team/app", ImageId = new() }),
        _ => throw new ArgumentOutOfRangeException(nameof(@case)),
    };

    public void Dispose() => _stub.Dispose();
}
