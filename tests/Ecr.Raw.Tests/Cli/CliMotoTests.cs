using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Ecr.Raw.Errors;
using Ecr.Raw.Model;
using Ecr.Raw.Tests.Integration;

namespace Ecr.Raw.Tests.Cli;

/// <summary>
/// ecr-raw against the AWS CLI, end to end: the same call against the same moto (signatures checked) must print the
/// same JSON, the same error message and the same exit code. Read-only calls share one repository; calls that change
/// state run on a repository of each tool's own, set up alike, and its name is replaced before comparing.
/// </summary>
[Collection(MotoCollection.Name)]
public sealed class CliMotoTests(MotoServer moto)
{
    private const string Shared = "e2e/shared";
    private static readonly SemaphoreSlim SeedLock = new(1, 1);
    private static bool _seeded;

    private static readonly Dictionary<string, string> Environment = new() { ["AWS_EC2_METADATA_DISABLED"] = "true" };

    // moto's digest of a manifest with layers is the sha256 of its layer digests: the same manifest, the same digest.
    private static string Manifest(int n) =>
        "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.docker.distribution.manifest.v2+json\",\"config\":{\"mediaType\":\"application/vnd.docker.container.image.v1+json\",\"size\":" +
        n.ToString(CultureInfo.InvariantCulture) + ",\"digest\":\"sha256:" + new string((char)('a' + n), 64) + "\"},\"layers\":[{\"mediaType\":\"application/vnd.docker.image.rootfs.diff.tar.gzip\",\"size\":" +
        (100 + n).ToString(CultureInfo.InvariantCulture) + ",\"digest\":\"sha256:" + new string((char)('0' + n), 64) + "\"}]}";

    private string[] Target => ["--endpoint-url", moto.Endpoint.ToString(), "--region", MotoServer.Region];

    private async Task SeedAsync()
    {
        await SeedLock.WaitAsync();
        try
        {
            if (_seeded)
            {
                return;
            }

            using var client = moto.CreateClient();
            await client.CreateRepositoryAsync(new CreateRepositoryRequest { RepositoryName = Shared });
            await client.PutImageAsync(new PutImageRequest { RepositoryName = Shared, ImageManifest = Manifest(1), ImageTag = "v1" });
            await client.PutImageAsync(new PutImageRequest { RepositoryName = Shared, ImageManifest = Manifest(1), ImageTag = "latest" });
            await client.PutImageAsync(new PutImageRequest { RepositoryName = Shared, ImageManifest = Manifest(2), ImageTag = "v2" });
            await client.PutImageAsync(new PutImageRequest { RepositoryName = Shared, ImageManifest = Manifest(3), ImageTag = "v3" });

            // An untagged image: no imageTag in list-images, no imageTags in describe-images.
            await client.PutImageAsync(new PutImageRequest { RepositoryName = Shared, ImageManifest = Manifest(9) });
            _seeded = true;
        }
        finally
        {
            SeedLock.Release();
        }
    }

    private async Task<(CliResult Aws, CliResult Raw)> BothAsync(params string[] args)
    {
        await SeedAsync();
        var aws = await AwsCli.RunAsync(moto.Credentials, [.. args, .. Target]);
        var raw = await CliRunner.RunAsync(Environment, null, moto.Credentials, [.. args, .. Target]);
        return (aws, raw);
    }

    private static void SameJson((CliResult Aws, CliResult Raw) runs, bool maskTimes = false, params (string, string)[] replacements)
    {
        runs.Aws.ExitCode.ShouldBe(0, runs.Aws.Error);
        runs.Raw.ExitCode.ShouldBe(0, runs.Raw.Error);
        AwsCliComparison.Normalize(runs.Raw.Out, maskTimes, replacements).ShouldBe(AwsCliComparison.Normalize(runs.Aws.Out, maskTimes, replacements));
    }

    private static void SameError((CliResult Aws, CliResult Raw) runs, int exitCode)
    {
        runs.Aws.ExitCode.ShouldBe(exitCode, runs.Aws.Error);
        runs.Raw.ExitCode.ShouldBe(exitCode, runs.Raw.Error);
        runs.Raw.Out.ShouldBeEmpty();
        runs.Raw.Error.Trim().ShouldBe(runs.Aws.Error.Trim());
    }

    // Each tool gets a repository of its own, made alike by the library; the names are unified before comparing.
    private async Task<(CliResult Aws, CliResult Raw)> EachOnItsOwnAsync(string name, Func<string, Task> setUp, Func<string, string[]> args)
    {
        string awsRepository = $"e2e/aws-{name}", rawRepository = $"e2e/raw-{name}";
        await setUp(awsRepository);
        await setUp(rawRepository);
        var aws = await AwsCli.RunAsync(moto.Credentials, [.. args(awsRepository), .. Target]);
        var raw = await CliRunner.RunAsync(Environment, null, moto.Credentials, [.. args(rawRepository), .. Target]);
        return (aws with { Out = aws.Out.Replace(awsRepository, "<repository>", StringComparison.Ordinal), Error = aws.Error.Replace(awsRepository, "<repository>", StringComparison.Ordinal) },
                raw with { Out = raw.Out.Replace(rawRepository, "<repository>", StringComparison.Ordinal), Error = raw.Error.Replace(rawRepository, "<repository>", StringComparison.Ordinal) });
    }

    private async Task CreateAsync(string repository, params (int Manifest, string? Tag)[] images)
    {
        using var client = moto.CreateClient();
        await client.CreateRepositoryAsync(new CreateRepositoryRequest { RepositoryName = repository });
        foreach (var (manifest, tag) in images)
        {
            await client.PutImageAsync(new PutImageRequest { RepositoryName = repository, ImageManifest = Manifest(manifest), ImageTag = tag });
        }
    }

    [AwsCliFact]
    public async Task ListImages() => SameJson(await BothAsync("list-images", "--repository-name", Shared));

    [AwsCliFact]
    public async Task ListImages_WithAFilter() => SameJson(await BothAsync("list-images", "--repository-name", Shared, "--filter", "tagStatus=TAGGED"));

    [AwsCliFact]
    public async Task ListImages_MaxItems_PrintsTheSameNextToken()
    {
        var runs = await BothAsync("list-images", "--repository-name", Shared, "--max-items", "2");

        SameJson(runs);
        JsonNode.Parse(runs.Raw.Out)!["NextToken"].ShouldNotBeNull();
    }

    [AwsCliFact]
    public async Task ListImages_ResumesFromTheAwsCliToken()
    {
        var first = await BothAsync("list-images", "--repository-name", Shared, "--max-items", "2");
        var token = JsonNode.Parse(first.Aws.Out)!["NextToken"]!.GetValue<string>();

        var runs = await BothAsync("list-images", "--repository-name", Shared, "--max-items", "1", "--starting-token", token);

        SameJson(runs);
    }

    [AwsCliFact]
    public async Task ListImages_Text() 
    {
        var runs = await BothAsync("list-images", "--repository-name", Shared, "--output", "text");

        runs.Raw.ExitCode.ShouldBe(0);
        runs.Raw.Out.ShouldBe(runs.Aws.Out);
    }

    [AwsCliFact]
    public async Task ListImages_Table_WithNextToken()
    {
        var runs = await BothAsync("list-images", "--repository-name", Shared, "--max-items", "2", "--output", "table");

        runs.Raw.ExitCode.ShouldBe(0);
        runs.Raw.Out.ShouldContain("NextToken");
        runs.Raw.Out.ShouldBe(runs.Aws.Out);
    }

    [AwsCliFact]
    public async Task BatchGetImage_Table_TooWideTurnsVertical()
    {
        var runs = await BothAsync("batch-get-image", "--repository-name", Shared, "--image-ids", "imageTag=v1", "imageTag=nope", "--output", "table");

        runs.Raw.ExitCode.ShouldBe(0);
        runs.Raw.Out.ShouldBe(runs.Aws.Out);
    }

    [AwsCliFact]
    public async Task DescribeImages() => SameJson(await BothAsync("describe-images", "--repository-name", Shared));

    [AwsCliFact]
    public async Task DescribeImages_ById() => SameJson(await BothAsync("describe-images", "--repository-name", Shared, "--image-ids", "imageTag=v1", "imageTag=v2"));

    [AwsCliFact]
    public async Task DescribeImages_FromCliInputJson() =>
        SameJson(await BothAsync("describe-images", "--cli-input-json", $$"""{"repositoryName":"{{Shared}}","imageIds":[{"imageTag":"v2"}]}"""));

    [AwsCliFact]
    public async Task DescribeImages_MissingImage_SameErrorAndExitCode() =>
        SameError(await BothAsync("describe-images", "--repository-name", Shared, "--image-ids", "imageTag=nope"), 254);

    [AwsCliFact]
    public async Task BatchGetImage_FoundAndNotFound() =>
        SameJson(await BothAsync("batch-get-image", "--repository-name", Shared, "--image-ids", "imageTag=v1", "imageTag=nope"));

    [AwsCliFact]
    public async Task BatchGetImage_JsonInput_AcceptedMediaTypes() =>
        SameJson(await BothAsync("batch-get-image", "--repository-name", Shared, "--image-ids", """[{"imageTag":"v2"}]""",
            "--accepted-media-types", "application/vnd.docker.distribution.manifest.v2+json"));

    [AwsCliFact]
    public async Task BatchGetImage_Text()
    {
        var runs = await BothAsync("batch-get-image", "--repository-name", Shared, "--image-ids", "imageTag=v3", "imageTag=nope", "--output", "text");

        runs.Raw.ExitCode.ShouldBe(0);
        runs.Raw.Out.ShouldBe(runs.Aws.Out);
    }

    [AwsCliFact]
    public async Task DescribeRepositories() => SameJson(await BothAsync("describe-repositories", "--repository-names", Shared));

    [AwsCliFact]
    public async Task GetAuthorizationToken() => SameJson(await BothAsync("get-authorization-token"));

    [AwsCliFact]
    public async Task GetLoginPassword_SameBytes()
    {
        var runs = await BothAsync("get-login-password");

        runs.Raw.ExitCode.ShouldBe(0);
        runs.Raw.Out.ShouldBe(runs.Aws.Out);
    }

    [AwsCliFact]
    public async Task MissingRepository_SameErrorAndExitCode() =>
        SameError(await BothAsync("list-images", "--repository-name", "e2e/missing"), 254);

    [AwsCliFact]
    public async Task UnknownAccessKey_ServiceErrorExitCode()
    {
        // moto answers this one in XML (real ECR in JSON): the AWS CLI then prints the raw XML as the message, while
        // ecr-raw reads its code; the exit code is the same.
        await SeedAsync();
        var stranger = new Ecr.Raw.Credentials.AwsCredentials("AKIAUNKNOWNEXAMPLE00", "not-a-key-moto-knows");
        var aws = await AwsCli.RunAsync(stranger, ["describe-repositories", .. Target]);
        var raw = await CliRunner.RunAsync(Environment, null, stranger, ["describe-repositories", .. Target]);

        aws.ExitCode.ShouldBe(254, aws.Error);
        raw.ExitCode.ShouldBe(254, raw.Error);
        raw.Error.ShouldContain("when calling the DescribeRepositories operation");
    }

    [AwsCliFact]
    public async Task MissingRequiredOption_UsageExitCode()
    {
        var runs = await BothAsync("list-images");

        runs.Aws.ExitCode.ShouldBe(252);
        runs.Raw.ExitCode.ShouldBe(252);
        runs.Raw.Error.ShouldContain("--repository-name");
    }

    [AwsCliFact]
    public async Task CreateRepository() => SameJson(
        await EachOnItsOwnAsync("create", _ => Task.CompletedTask, r =>
            ["create-repository", "--repository-name", r, "--image-tag-mutability", "IMMUTABLE", "--image-scanning-configuration", "scanOnPush=true", "--tags", "Key=team,Value=web"]),
        maskTimes: true);

    [AwsCliFact]
    public async Task PutImage_FromAFile()
    {
        var path = Path.GetTempFileName();
        await File.WriteAllTextAsync(path, Manifest(4));
        try
        {
            SameJson(await EachOnItsOwnAsync("put", r => CreateAsync(r), r => ["put-image", "--repository-name", r, "--image-manifest", "file://" + path, "--image-tag", "v4"]));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [AwsCliFact]
    public async Task PutImageTag_PrintsWhatTheAwsCliRetagRecipePrints()
    {
        // The AWS CLI re-tags with put-image and the manifest batch-get-image returned; ecr-raw does it in one command.
        var runs = await EachOnItsOwnAsync("retag", r => CreateAsync(r, (5, "v5")), r => r.StartsWith("e2e/aws-", StringComparison.Ordinal)
            ? ["put-image", "--repository-name", r, "--image-manifest", Manifest(5), "--image-manifest-media-type", "application/vnd.docker.distribution.manifest.v2+json", "--image-tag", "release"]
            : ["put-image-tag", "--repository-name", r, "--image-digest", DigestOf(5), "--image-tag", "release"]);

        SameJson(runs);
    }

    [AwsCliFact]
    public async Task BatchDeleteImage() => SameJson(
        await EachOnItsOwnAsync("delete-images", r => CreateAsync(r, (6, "v6"), (6, "keep")), r =>
            ["batch-delete-image", "--repository-name", r, "--image-ids", "imageTag=v6", "imageTag=nope"]));

    [AwsCliFact]
    public async Task DeleteRepository_NotEmpty_SameErrorAndExitCode() => SameError(
        await EachOnItsOwnAsync("delete-refused", r => CreateAsync(r, (7, "v7")), r => ["delete-repository", "--repository-name", r]), 254);

    [AwsCliFact]
    public async Task DeleteRepository_Force() => SameJson(
        await EachOnItsOwnAsync("delete-forced", r => CreateAsync(r, (8, "v8")), r => ["delete-repository", "--repository-name", r, "--force"]),
        maskTimes: true);

    [AwsCliFact]
    public async Task TheBuiltProgram_SignsWithEnvironmentCredentials_AndPipesThePassword()
    {
        // Program.Main as a process: credentials and region from the environment, stdout as docker login reads it.
        await SeedAsync();
        var start = AwsCli.IsolatedStart("dotnet", moto.Credentials, [Path.Combine(AppContext.BaseDirectory, "ecr-raw.dll"), "get-login-password", "--endpoint-url", moto.Endpoint.ToString()]);
        start.Environment["AWS_REGION"] = MotoServer.Region;
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        process.ExitCode.ShouldBe(0, error);
        var aws = await AwsCli.RunAsync(moto.Credentials, ["get-login-password", .. Target]);
        output.ShouldBe(aws.Out);
    }

    private static string DigestOf(int manifest) =>
        "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(new string((char)('0' + manifest), 64).Insert(0, "sha256:"))));
}
