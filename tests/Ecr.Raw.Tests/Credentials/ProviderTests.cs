using Ecr.Raw.Credentials;
using Ecr.Raw.Errors;
using Ecr.Raw.Tests.Support;

namespace Ecr.Raw.Tests.Credentials;

public sealed class ProviderTests : IDisposable
{
    private readonly TestEnvironment _env = new();

    private AwsCredentialsOptions Options => new();

    [Fact]
    public async Task Environment_ReadsKeysAndToken()
    {
        _env.Variables["AWS_ACCESS_KEY_ID"] = "AKIDENV";
        _env.Variables["AWS_SECRET_ACCESS_KEY"] = "envsecret";
        _env.Variables["AWS_SESSION_TOKEN"] = "envtoken";

        var credentials = await new EnvironmentCredentialsProvider(_env.Environment).GetCredentialsAsync();

        (credentials.AccessKeyId, credentials.SecretAccessKey, credentials.SessionToken).ShouldBe(("AKIDENV", "envsecret", "envtoken"));
    }

    [Fact]
    public async Task Environment_Missing_SaysWhich()
    {
        _env.Variables["AWS_ACCESS_KEY_ID"] = "AKIDENV";

        var ex = await Should.ThrowAsync<EcrException>(() => new EnvironmentCredentialsProvider(_env.Environment).GetCredentialsAsync().AsTask());

        ex.Message.ShouldContain("AWS_SECRET_ACCESS_KEY");
    }

    [Fact]
    public async Task Profile_StaticKeys_CredentialsFileWinsOverConfig()
    {
        _env.WriteConfig("[profile dev]\naws_access_key_id = FROMCONFIG\naws_secret_access_key = c\n");
        _env.WriteCredentials("[dev]\naws_access_key_id = FROMCREDS\naws_secret_access_key = s\naws_session_token = t\n");

        var credentials = await new ProfileCredentialsProvider(_env.Environment, new AwsCredentialsOptions { ProfileName = "dev" }).GetCredentialsAsync();

        (credentials.AccessKeyId, credentials.SessionToken).ShouldBe(("FROMCREDS", "t"));
    }

    [Fact]
    public async Task Profile_FilesFromEnvironmentVariables()
    {
        var config = _env.Write("elsewhere/cfg", "[profile x]\naws_access_key_id = AKIDX\naws_secret_access_key = s\n");
        _env.Variables["AWS_CONFIG_FILE"] = config;
        _env.Variables["AWS_PROFILE"] = "x";

        (await new ProfileCredentialsProvider(_env.Environment, Options).GetCredentialsAsync()).AccessKeyId.ShouldBe("AKIDX");
    }

    [Fact]
    public async Task Profile_NamedButMissing_IsAnError_NotAFallThrough()
    {
        _env.WriteCredentials("[default]\naws_access_key_id = A\naws_secret_access_key = s\n");
        _env.Variables["AWS_PROFILE"] = "nope";

        var ex = await Should.ThrowAsync<EcrException>(() => new DefaultCredentialsChain(_env.Environment, null, Options).GetCredentialsAsync().AsTask());

        ex.Message.ShouldContain("'nope' does not exist");
    }

    [Fact]
    public async Task Profile_SourceProfileLoop_IsDetected()
    {
        _env.WriteConfig("""
            [profile a]
            role_arn = arn:aws:iam::123456789012:role/a
            source_profile = b
            [profile b]
            role_arn = arn:aws:iam::123456789012:role/b
            source_profile = a
            """);

        var ex = await Should.ThrowAsync<EcrException>(() => new ProfileCredentialsProvider(_env.Environment, new AwsCredentialsOptions { ProfileName = "a" }).GetCredentialsAsync().AsTask());

        ex.Message.ShouldContain("a -> b -> a");
    }

    [Fact]
    public async Task CredentialProcess_ValidOutput_IsUsed()
    {
        var script = _env.Script("creds.sh", """echo '{"Version": 1, "AccessKeyId": "AKIDPROC", "SecretAccessKey": "procsecret", "SessionToken": "proctoken", "Expiration": "2030-01-01T00:00:00Z"}'""");
        _env.WriteConfig($"[default]\ncredential_process = {script} --flag \"quoted arg\"\n");

        var credentials = await new ProfileCredentialsProvider(_env.Environment, Options).GetCredentialsAsync();

        credentials.AccessKeyId.ShouldBe("AKIDPROC");
        credentials.SessionToken.ShouldBe("proctoken");
        credentials.Expiration.ShouldBe(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task CredentialProcess_Failing_StopsTheChainWithItsFirstStderrLine()
    {
        var script = _env.Script("fail.sh", "echo 'token expired, run sso login' >&2\necho 'second line' >&2\nexit 3");
        _env.WriteConfig($"[default]\ncredential_process = {script}\n");
        _env.Variables["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = "http://127.0.0.1:9/never-asked";

        var ex = await Should.ThrowAsync<EcrException>(() => new DefaultCredentialsChain(_env.Environment, null, Options).GetCredentialsAsync().AsTask());

        ex.Message.ShouldContain("exit code 3: token expired, run sso login");
        ex.Message.ShouldNotContain("second line");
    }

    [Theory]
    [InlineData("""{"Version": 2, "AccessKeyId": "A", "SecretAccessKey": "s"}""", "Version 1")]
    [InlineData("""{"Version": 1, "SecretAccessKey": "s"}""", "AccessKeyId")]
    [InlineData("""{"Version": 1, "AccessKeyId": "A", "SecretAccessKey": "s", "Expiration": "soon"}""", "ISO-8601")]
    [InlineData("not json", "not valid JSON")]
    public async Task CredentialProcess_InvalidOutput_IsRefused(string output, string expected)
    {
        var script = _env.Script("bad.sh", $"cat <<'JSON'\n{output}\nJSON");
        _env.WriteConfig($"[default]\ncredential_process = {script}\n");

        var ex = await Should.ThrowAsync<EcrException>(() => new ProfileCredentialsProvider(_env.Environment, Options).GetCredentialsAsync().AsTask());

        ex.Message.ShouldContain(expected);
        ex.Message.ShouldNotContain("\"s\"");
    }

    [Fact]
    public async Task Chain_Precedence_StaticThenEnvironmentThenProfile()
    {
        _env.WriteCredentials("[default]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = p\n");
        var chain = () => new DefaultCredentialsChain(_env.Environment, null, Options);
        (await chain().GetCredentialsAsync()).AccessKeyId.ShouldBe("AKIDPROFILE");

        _env.Variables["AWS_ACCESS_KEY_ID"] = "AKIDENV";
        _env.Variables["AWS_SECRET_ACCESS_KEY"] = "e";
        var environmentFirst = chain();
        (await environmentFirst.GetCredentialsAsync()).AccessKeyId.ShouldBe("AKIDENV");
        environmentFirst.SourceInUse.ShouldBe("environment");

        (await new DefaultCredentialsChain(_env.Environment, new AwsCredentials("AKIDCODE", "c"), Options).GetCredentialsAsync()).AccessKeyId.ShouldBe("AKIDCODE");
    }

    [Fact]
    public async Task Chain_NothingFound_ListsEverySourceAndWhy()
    {
        var ex = await Should.ThrowAsync<EcrException>(() => new DefaultCredentialsChain(_env.Environment, null, Options).GetCredentialsAsync().AsTask());

        ex.Kind.ShouldBe(EcrErrorKind.Configuration);
        ex.Message.ShouldContain("1. credentials given in code: none given");
        ex.Message.ShouldContain("2. environment: AWS_ACCESS_KEY_ID is not set");
        ex.Message.ShouldContain("3. web identity: AWS_WEB_IDENTITY_TOKEN_FILE is not set");
        ex.Message.ShouldContain("4. shared files: no [default] profile");
        ex.Message.ShouldContain("5. container: neither AWS_CONTAINER_CREDENTIALS_RELATIVE_URI");
        ex.Message.ShouldContain("6. EC2 instance metadata: turned off");
    }

    [Fact]
    public void Credentials_ToString_NeverShowsSecrets()
    {
        var text = new AwsCredentials("AKIDSHOWN", "very-secret", "very-token").ToString();

        text.ShouldContain("AKIDSHOWN");
        text.ShouldNotContain("very-secret");
        text.ShouldNotContain("very-token");
    }

    public void Dispose() => _env.Dispose();
}
