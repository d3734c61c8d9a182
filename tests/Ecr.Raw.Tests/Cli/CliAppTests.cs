using System.Text;
using System.Text.Json.Nodes;
using Ecr.Raw.Model;
using Ecr.Raw.Testing;
using Ecr.Raw.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Ecr.Raw.Tests.Cli;

public sealed class CliAppTests : IDisposable
{
    private const string Manifest = """{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","size":7,"digest":"sha256:c0"},"layers":[]}""";

    // No AWS_* variable of the machine running the tests reaches the CLI; EC2 metadata is off.
    private static readonly Dictionary<string, string> Quiet = new() { ["AWS_EC2_METADATA_DISABLED"] = "true", ["AWS_MAX_ATTEMPTS"] = "1" };

    private readonly InMemoryEcr _ecr = new();

    public void Dispose() => _ecr.Dispose();

    private Task<CliResult> Run(params string[] args) => CliRunner.RunAsync(Quiet, _ecr, _ecr.Credentials, [.. args, "--region", "us-east-1"]);

    private async Task<string> SeedAsync(string repository, params string[] tags)
    {
        using var client = _ecr.CreateClient();
        await client.CreateRepositoryAsync(new CreateRepositoryRequest { RepositoryName = repository });
        string digest = string.Empty;
        foreach (var tag in tags)
        {
            var put = await client.PutImageAsync(new PutImageRequest { RepositoryName = repository, ImageManifest = Manifest.Replace("\"size\":7", $"\"size\":{tag.Length}", StringComparison.Ordinal), ImageTag = tag });
            digest = put.Image!.ImageId!.ImageDigest!;
        }

        return digest;
    }

    [Fact]
    public async Task ListImages_PrintsTheApiDocument_ExitZero()
    {
        var digest = await SeedAsync("web", "v1");

        var result = await Run("list-images", "--repository-name", "web");

        result.ExitCode.ShouldBe(0);
        result.Error.ShouldBeEmpty();
        result.Out.ShouldBe($"{{\n    \"imageIds\": [\n        {{\n            \"imageDigest\": \"{digest}\",\n            \"imageTag\": \"v1\"\n        }}\n    ]\n}}\n");
    }

    [Fact]
    public async Task PageSizeAndMaxItems_ResumeWithTheNextToken_EveryItemOnce()
    {
        await SeedAsync("paged", "a", "bb", "ccc", "dddd", "eeeee");

        var first = await Run("list-images", "--repository-name", "paged", "--page-size", "2", "--max-items", "3");
        var firstDoc = JsonNode.Parse(first.Out)!;
        var token = firstDoc["NextToken"]!.GetValue<string>();
        var second = await Run("list-images", "--repository-name", "paged", "--page-size", "2", "--starting-token", token);
        var secondDoc = JsonNode.Parse(second.Out)!;

        firstDoc["imageIds"]!.AsArray().Count.ShouldBe(3);
        secondDoc["NextToken"].ShouldBeNull();
        var tags = firstDoc["imageIds"]!.AsArray().Concat(secondDoc["imageIds"]!.AsArray()).Select(i => i!["imageTag"]!.GetValue<string>()).Order().ToList();
        tags.ShouldBe(["a", "bb", "ccc", "dddd", "eeeee"]);
        _ecr.CallsTo("ListImages").ShouldBe(2 + 2); // two pages of two for the first run, then the rest of page two and page three
    }

    [Fact]
    public async Task NoPaginate_OneCall_NextTokenAsTheApiReturnedIt()
    {
        await SeedAsync("one", "a", "b", "c");

        var result = await Run("list-images", "--repository-name", "one", "--page-size", "2", "--no-paginate");

        var document = JsonNode.Parse(result.Out)!;
        document["imageIds"]!.AsArray().Count.ShouldBe(3); // --page-size belongs to pagination, which is off
        _ecr.CallsTo("ListImages").ShouldBe(1);
    }

    [Fact]
    public async Task ServiceError_AwsCliMessage_Exit254()
    {
        var result = await Run("list-images", "--repository-name", "missing");

        result.ExitCode.ShouldBe(254);
        result.Out.ShouldBeEmpty();
        result.Error.ShouldStartWith("\nAn error occurred (RepositoryNotFoundException) when calling the ListImages operation: ");
        result.Error.ShouldContain("'missing'");
    }

    [Theory]
    [InlineData(new[] { "list-images" }, "the following arguments are required: --repository-name")]
    [InlineData(new[] { "list-images", "--repository-name", "web", "--bogus", "1" }, "Unknown options: --bogus")]
    [InlineData(new[] { "list-imagez" }, "Invalid choice 'list-imagez'")]
    [InlineData(new[] { "list-images", "--repository-name", "web", "--output", "yaml" }, "argument --output: Invalid choice 'yaml'")]
    [InlineData(new[] { "describe-images", "--repository-name", "web", "--image-ids", "latest" }, "Error parsing parameter '--image-ids'")]
    [InlineData(new[] { "delete-repository", "--repository-name", "web", "--force", "yes" }, "argument --force: ignored explicit argument 'yes'")]
    [InlineData(new[] { "list-images", "--repository-name", "web", "--max-items", "0" }, "--max-items: must be at least 1")]
    [InlineData(new[] { "list-images", "--repository-name", "web", "--starting-token", "nope" }, "Bad starting token")]
    [InlineData(new[] { "list-images", "--repository-name", "web", "--max-items", "ten" }, "Invalid type for parameter --max-items")]
    public async Task UsageErrors_Exit252_NothingSent(string[] args, string message)
    {
        var result = await Run(args);

        result.ExitCode.ShouldBe(252);
        result.Error.ShouldContain(message);
        _ecr.CallsTo("ListImages").ShouldBe(0);
        _ecr.CallsTo("DescribeImages").ShouldBe(0);
    }

    [Fact]
    public async Task LibraryValidation_IsAUsageError_BeforeAnythingIsSent()
    {
        var result = await Run("list-images", "--repository-name", "Upper/Case");

        result.ExitCode.ShouldBe(252);
        result.Error.ShouldContain("Parameter validation failed:");
        result.Error.ShouldContain("repositoryName", Case.Insensitive);
        _ecr.CallsTo("ListImages").ShouldBe(0);
    }

    [Fact]
    public async Task NoRegion_IsAConfigurationError_Exit253()
    {
        var result = await CliRunner.RunAsync(Quiet, _ecr, _ecr.Credentials, "list-images", "--repository-name", "web");

        result.ExitCode.ShouldBe(253);
        result.Error.ShouldContain("No AWS region");
    }

    [Fact]
    public async Task NoCredentials_IsAConfigurationError_Exit253()
    {
        var result = await CliRunner.RunAsync(Quiet, _ecr, credentials: null, "list-images", "--repository-name", "web", "--region", "us-east-1");

        result.ExitCode.ShouldBe(253);
        result.Error.ShouldContain("No AWS credentials found");
    }

    [Fact]
    public async Task CredentialsFromTheEnvironment_AsTheAwsCliReadsThem()
    {
        await SeedAsync("env");
        var environment = new Dictionary<string, string>(Quiet)
        {
            ["AWS_ACCESS_KEY_ID"] = _ecr.Credentials.AccessKeyId,
            ["AWS_SECRET_ACCESS_KEY"] = _ecr.Credentials.SecretAccessKey,
            ["AWS_DEFAULT_REGION"] = "us-east-1",
            ["AWS_DEFAULT_OUTPUT"] = "text",
        };

        var result = await CliRunner.RunAsync(environment, _ecr, credentials: null, "describe-repositories");

        result.ExitCode.ShouldBe(0);
        result.Out.ShouldStartWith("REPOSITORIES\t");
    }

    [Fact]
    public async Task NetworkFailure_Exit255()
    {
        using var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();

        var result = await CliRunner.RunAsync(Quiet, handler: null, _ecr.Credentials, "list-images", "--repository-name", "web", "--region", "us-east-1", "--endpoint-url", $"http://127.0.0.1:{port}");

        result.ExitCode.ShouldBe(255);
        result.Error.ShouldContain("could not reach 127.0.0.1");
    }

    [Fact]
    public async Task BadEndpointUrl_IsAUsageError()
    {
        var result = await Run("list-images", "--repository-name", "web", "--endpoint-url", "localhost:4566");

        result.ExitCode.ShouldBe(252);
        result.Error.ShouldContain("Bad value for --endpoint-url");
    }

    [Fact]
    public async Task GetLoginPassword_PrintsThePasswordOfTheToken()
    {
        using var capture = new CapturingHandler(_ecr);

        var result = await CliRunner.RunAsync(Quiet, capture, _ecr.Credentials, "get-login-password", "--region", "us-east-1");

        var token = JsonNode.Parse(capture.LastResponseBody!)!["authorizationData"]![0]!["authorizationToken"]!.GetValue<string>();
        var password = Encoding.UTF8.GetString(Convert.FromBase64String(token)).Split(':', 2)[1];
        result.ExitCode.ShouldBe(0);
        result.Out.ShouldBe(password + "\n");
    }

    [Theory]
    [InlineData("QVdTOnNlY3JldA==", "secret")]
    [InlineData("QVdTOmE6Yg==", "a:b")]
    public void Password_IsWhatFollowsTheFirstColon(string token, string password)
    {
        Ecr.Raw.Cli.Commands.GetLoginPasswordCommand.Password(token).ShouldBe(password);
    }

    [Fact]
    public void Password_OfAMalformedToken_NeverRepeatsIt()
    {
        var error = Should.Throw<Ecr.Raw.Errors.EcrException>(() => Ecr.Raw.Cli.Commands.GetLoginPasswordCommand.Password("bm9jb2xvbg==")); // "nocolon"

        error.Message.ShouldNotContain("bm9jb2xvbg==");
        error.Message.ShouldNotContain("nocolon");
    }

    [Fact]
    public async Task Debug_TracesRequestsAndResponses_WithSecretsMasked()
    {
        var result = await Run("get-login-password", "--debug");
        var password = result.Out.Trim();

        result.ExitCode.ShouldBe(0);
        result.Error.ShouldContain("DEBUG request: POST https://api.ecr.us-east-1.amazonaws.com/");
        result.Error.ShouldContain("X-Amz-Target: AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken");
        result.Error.ShouldContain("Authorization: [redacted]");
        result.Error.ShouldContain("\"authorizationToken\":\"[redacted]\"");
        result.Error.ShouldContain("DEBUG response: 200");
        result.Error.ShouldNotContain(password);
        result.Error.ShouldNotContain(_ecr.Credentials.SecretAccessKey);
        result.Error.ShouldNotContain("Signature=");
    }

    [Fact]
    public async Task PutImageTag_TagsTheDigest_InOneCommand()
    {
        var digest = await SeedAsync("retag", "v1");

        var result = await Run("put-image-tag", "--repository-name", "retag", "--image-digest", digest, "--image-tag", "release");
        var described = await Run("describe-images", "--repository-name", "retag", "--image-ids", "imageDigest=" + digest);

        result.ExitCode.ShouldBe(0);
        var image = JsonNode.Parse(result.Out)!["image"]!;
        image["imageId"]!["imageTag"]!.GetValue<string>().ShouldBe("release");
        image["imageId"]!["imageDigest"]!.GetValue<string>().ShouldBe(digest);
        JsonNode.Parse(described.Out)!["imageDetails"]![0]!["imageTags"]!.AsArray().Select(t => t!.GetValue<string>()).Order().ShouldBe(["release", "v1"]);
    }

    [Fact]
    public async Task JsonAndShorthandInput_MakeTheSameRequest()
    {
        await SeedAsync("input", "v1", "v2");

        var shorthand = await Run("batch-get-image", "--repository-name", "input", "--image-ids", "imageTag=v1", "imageTag=nope");
        var json = await Run("batch-get-image", "--repository-name", "input", "--image-ids", """[{"imageTag":"v1"},{"imageTag":"nope"}]""");

        shorthand.ExitCode.ShouldBe(0);
        json.Out.ShouldBe(shorthand.Out);
        var document = JsonNode.Parse(json.Out)!;
        document["images"]!.AsArray().Count.ShouldBe(1);
        document["failures"]![0]!["failureCode"]!.GetValue<string>().ShouldBe("ImageNotFound");
    }

    [Fact]
    public async Task DeleteRepository_RefusesImages_UnlessForced()
    {
        await SeedAsync("full", "v1");

        var refused = await Run("delete-repository", "--repository-name", "full", "--no-force");
        var forced = await Run("delete-repository", "--repository-name", "full", "--force");

        refused.ExitCode.ShouldBe(254);
        refused.Error.ShouldContain("(RepositoryNotEmptyException) when calling the DeleteRepository operation");
        forced.ExitCode.ShouldBe(0);
        JsonNode.Parse(forced.Out)!["repository"]!["repositoryName"]!.GetValue<string>().ShouldBe("full");
    }

    [Fact]
    public async Task TextOutput_AsTheAwsCliPrintsIt()
    {
        var digest = await SeedAsync("text", "v1");

        var result = await Run("list-images", "--repository-name", "text", "--output", "text");

        result.Out.ShouldBe($"IMAGEIDS\t{digest}\tv1\n");
    }

    [Fact]
    public async Task TextOutput_TruncatedList_EndsWithTheNextToken()
    {
        await SeedAsync("textpaged", "a", "b");

        var result = await Run("list-images", "--repository-name", "textpaged", "--output", "text", "--max-items", "1");

        result.Out.Split('\n')[^2].ShouldStartWith("NEXTTOKEN\t");
    }

    [Fact]
    public async Task CreateRepository_TakesTheAwsCliShapes()
    {
        var result = await Run("create-repository", "--repository-name", "made", "--image-tag-mutability", "IMMUTABLE",
            "--image-scanning-configuration", "scanOnPush=true", "--tags", "Key=team,Value=web", "--encryption-configuration", "encryptionType=AES256");

        result.ExitCode.ShouldBe(0);
        var repository = JsonNode.Parse(result.Out)!["repository"]!;
        repository["imageTagMutability"]!.GetValue<string>().ShouldBe("IMMUTABLE");
        repository["imageScanningConfiguration"]!["scanOnPush"]!.GetValue<bool>().ShouldBeTrue();
        repository["createdAt"]!.GetValue<string>().ShouldMatch(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?\+00:00$");
    }

    [Fact]
    public async Task Version_AndHelp()
    {
        var version = await CliRunner.RunAsync(Quiet, null, null, "--version");
        var overview = await CliRunner.RunAsync(Quiet, null, null, "--help");
        var command = await CliRunner.RunAsync(Quiet, null, null, "list-images", "--help");

        version.ExitCode.ShouldBe(0);
        version.Out.ShouldMatch(@"^ecr-raw/\d+\.\d+\.\d+\S* \.NET/");
        foreach (var name in new[] { "list-images", "describe-images", "batch-get-image", "put-image", "batch-delete-image", "get-login-password",
                     "get-authorization-token", "describe-repositories", "create-repository", "delete-repository", "put-image-tag" })
        {
            overview.Out.ShouldContain("  " + name + " ");
        }

        command.ExitCode.ShouldBe(0);
        command.Out.ShouldContain("--repository-name (string, required)");
        command.Out.ShouldContain("--max-items (integer)");
    }

    [Fact]
    public async Task Interrupted_Exit130()
    {
        // The in-memory ECR waits on a clock that never moves: only the interrupt can end the call.
        using var slow = new InMemoryEcr(timeProvider: new FakeTimeProvider(DateTimeOffset.UtcNow)) { Delay = TimeSpan.FromSeconds(1) };
        using var interrupt = new CancellationTokenSource();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var host = new Ecr.Raw.Cli.CliHost
        {
            Out = output,
            Error = error,
            Environment = new Ecr.Raw.Config.AwsEnvironment(name => Quiet.GetValueOrDefault(name), null),
            CreateHttpHandler = () => slow,
            ConfigureClient = o => o.Credentials = new Ecr.Raw.Credentials.StaticCredentialsProvider(slow.Credentials),
        };

        var run = Ecr.Raw.Cli.CliApp.RunAsync(["list-images", "--repository-name", "slow", "--region", "us-east-1"], host, interrupt.Token);
        await interrupt.CancelAsync();

        (await run.WaitAsync(TimeSpan.FromSeconds(10))).ShouldBe(130);
        output.ToString().ShouldBeEmpty();
    }

    [Fact]
    public async Task Profile_GivesRegionAndOutput()
    {
        await SeedAsync("profiled");
        var config = Path.GetTempFileName();
        await File.WriteAllTextAsync(config, "[profile dev]\nregion = us-east-1\noutput = text\n");
        try
        {
            var environment = new Dictionary<string, string>(Quiet) { ["AWS_CONFIG_FILE"] = config, ["AWS_PROFILE"] = "dev" };

            var result = await CliRunner.RunAsync(environment, _ecr, _ecr.Credentials, "describe-repositories");

            result.ExitCode.ShouldBe(0, result.Error);
            result.Out.ShouldStartWith("REPOSITORIES\t");
        }
        finally
        {
            File.Delete(config);
        }
    }

    [Fact]
    public async Task CliInputJson_GivesTheRequest_TypedOptionsWin()
    {
        await SeedAsync("from-json", "v1", "v2");

        var result = await Run("batch-get-image", "--cli-input-json", """{"repositoryName":"from-json","imageIds":[{"imageTag":"v1"}]}""",
            "--image-ids", "imageTag=v2");

        result.ExitCode.ShouldBe(0, result.Error);
        var images = JsonNode.Parse(result.Out)!["images"]!.AsArray();
        images.Single()!["imageId"]!["imageTag"]!.GetValue<string>().ShouldBe("v2");
    }

    [Fact]
    public async Task CliInputJson_FromAFile_SatisfiesRequiredOptions()
    {
        await SeedAsync("from-file", "v1");
        var path = Path.GetTempFileName();
        await File.WriteAllTextAsync(path, """{"repositoryName":"from-file"}""");
        try
        {
            var result = await Run("list-images", "--cli-input-json", "file://" + path);

            result.ExitCode.ShouldBe(0, result.Error);
            JsonNode.Parse(result.Out)!["imageIds"]!.AsArray().Count.ShouldBe(1);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("""{"repositoryName":"x","bogus":1}""", "Unknown parameter in input: \"bogus\", must be one of: registryId, repositoryName, filter")]
    [InlineData("""{"repositoryName":7}""", "Invalid type for parameter repositoryName")]
    [InlineData("""[1]""", "must be a JSON object")]
    [InlineData("""{"repositoryName":""", "Invalid JSON")]
    public async Task CliInputJson_IsCheckedLikeOptions(string json, string message)
    {
        var result = await Run("list-images", "--cli-input-json", json);

        result.ExitCode.ShouldBe(252);
        result.Error.ShouldContain(message);
        _ecr.CallsTo("ListImages").ShouldBe(0);
    }
}
