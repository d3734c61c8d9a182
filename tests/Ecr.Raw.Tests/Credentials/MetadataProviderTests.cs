using System.Net;
using System.Net.Sockets;
using Ecr.Raw.Credentials;
using Ecr.Raw.Errors;
using Ecr.Raw.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Ecr.Raw.Tests.Credentials;

public sealed class MetadataProviderTests : IDisposable
{
    private const string CredentialsJson = """{"Code":"Success","AccessKeyId":"ASIAMETA","SecretAccessKey":"metasecret","Token":"metatoken","Expiration":"2030-01-01T00:00:00Z"}""";
    private readonly TestEnvironment _env = new();
    private readonly WireMockServer _server = WireMockServer.Start();

    private string Url => _server.Urls[0];

    // A clock that never moves: the 1-second metadata timeouts cannot fire while a cold stub server warms up.
    private static AwsCredentialsOptions Frozen => new() { TimeProvider = new FakeTimeProvider(DateTimeOffset.UtcNow) };

    [Fact]
    public async Task Container_FullUriOnLoopback_WithTokenFileReReadOnEveryFetch()
    {
        _server.Given(Request.Create().WithPath("/creds").UsingGet()).RespondWith(Response.Create().WithBody(CredentialsJson));
        var tokenFile = _env.Write("token", "first-token\n");
        _env.Variables["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = Url + "/creds";
        _env.Variables["AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"] = tokenFile;
        _env.Variables["AWS_CONTAINER_AUTHORIZATION_TOKEN"] = "ignored-when-the-file-is-set";
        var provider = new ContainerCredentialsProvider(_env.Environment, Frozen);

        var credentials = await provider.GetCredentialsAsync();
        File.WriteAllText(tokenFile, "second-token");
        await provider.GetCredentialsAsync();

        (credentials.AccessKeyId, credentials.SessionToken).ShouldBe(("ASIAMETA", "metatoken"));
        _server.LogEntries.Select(e => e.RequestMessage.Headers!["Authorization"].Single()).ShouldBe(["first-token", "second-token"]);
    }

    [Fact]
    public async Task Container_TokenWithNewline_IsRefused()
    {
        _env.Variables["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = Url + "/creds";
        _env.Variables["AWS_CONTAINER_AUTHORIZATION_TOKEN"] = "abc\r\nX-Injected: 1";

        var ex = await Should.ThrowAsync<EcrException>(() => new ContainerCredentialsProvider(_env.Environment, new AwsCredentialsOptions()).GetCredentialsAsync().AsTask());

        ex.Message.ShouldContain("CR or LF");
        _server.LogEntries.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("http://example.com/creds", false)]
    [InlineData("http://10.0.0.1/creds", false)]
    [InlineData("http://169.254.170.2/creds", true)]
    [InlineData("http://169.254.170.23/creds", true)]
    [InlineData("http://[fd00:ec2::23]/creds", true)]
    [InlineData("http://127.0.0.1:8080/creds", true)]
    [InlineData("http://localhost/creds", true)]
    public void Container_PlainHttp_OnlyToTheKnownHostsOrLoopback(string uri, bool allowed)
    {
        ContainerCredentialsProvider.IsAllowedPlainHost(new Uri(uri)).ShouldBe(allowed);
    }

    [Fact]
    public async Task Container_PlainHttpElsewhere_IsAConfigurationError()
    {
        _env.Variables["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = "http://example.com/creds";

        (await Should.ThrowAsync<EcrException>(() => new ContainerCredentialsProvider(_env.Environment, new AwsCredentialsOptions()).GetCredentialsAsync().AsTask()))
            .Kind.ShouldBe(EcrErrorKind.Configuration);
    }

    [Fact]
    public async Task Imds_V2_TokenThenRoleThenCredentials()
    {
        _server.Given(Request.Create().WithPath("/latest/api/token").UsingPut().WithHeader("X-aws-ec2-metadata-token-ttl-seconds", "21600"))
            .RespondWith(Response.Create().WithBody("imds-session-token"));
        _server.Given(Request.Create().WithPath("/latest/meta-data/iam/security-credentials/").UsingGet().WithHeader("X-aws-ec2-metadata-token", "imds-session-token"))
            .RespondWith(Response.Create().WithBody("my-role"));
        _server.Given(Request.Create().WithPath("/latest/meta-data/iam/security-credentials/my-role").UsingGet().WithHeader("X-aws-ec2-metadata-token", "imds-session-token"))
            .RespondWith(Response.Create().WithBody(CredentialsJson));
        _env.Variables.Remove("AWS_EC2_METADATA_DISABLED");
        _env.Variables["AWS_EC2_METADATA_SERVICE_ENDPOINT"] = Url;

        var chain = new DefaultCredentialsChain(_env.Environment, null, Frozen);
        var credentials = await chain.GetCredentialsAsync();

        credentials.AccessKeyId.ShouldBe("ASIAMETA");
        chain.SourceInUse.ShouldBe("EC2 instance metadata");
        _server.LogEntries.Count(e => e.RequestMessage.Method == "PUT").ShouldBe(1);
    }

    [Fact]
    public async Task Imds_Disabled_IsNeverAsked()
    {
        _env.Variables["AWS_EC2_METADATA_SERVICE_ENDPOINT"] = Url;

        await Should.ThrowAsync<EcrException>(() => new DefaultCredentialsChain(_env.Environment, null, new AwsCredentialsOptions()).GetCredentialsAsync().AsTask());

        _server.LogEntries.ShouldBeEmpty();
    }

    [Fact]
    public async Task Imds_Unreachable_IsSkippedAtOnce()
    {
        _env.Variables.Remove("AWS_EC2_METADATA_DISABLED");
        _env.Variables["AWS_EC2_METADATA_SERVICE_ENDPOINT"] = $"http://127.0.0.1:{FreePort.Next()}";

        var ex = await Should.ThrowAsync<EcrException>(() => new DefaultCredentialsChain(_env.Environment, null, new AwsCredentialsOptions()).GetCredentialsAsync().AsTask());

        ex.Message.ShouldContain("6. EC2 instance metadata: The instance metadata service at 127.0.0.1 is unreachable");
    }

    [Fact]
    public async Task Imds_Silent_GivesUpAfterTwoOneSecondTimeouts()
    {
        // A listener that never accepts or answers: what a too-low hop limit looks like from inside a container.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var time = new SignalingTimeProvider(DateTimeOffset.UtcNow);
        var started = time.GetUtcNow();
        _env.Variables.Remove("AWS_EC2_METADATA_DISABLED");
        _env.Variables["AWS_EC2_METADATA_SERVICE_ENDPOINT"] = $"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}";
        var lookup = new DefaultCredentialsChain(_env.Environment, null, new AwsCredentialsOptions { TimeProvider = time }).GetCredentialsAsync().AsTask();

        // Each attempt starts a 1-second timer; let each run out, and count them.
        for (var attempt = 0; attempt < 2; attempt++)
        {
            await time.WaitForTimerAsync();
            time.Fake.Advance(TimeSpan.FromSeconds(1));
        }

        var ex = await Should.ThrowAsync<EcrException>(() => lookup.WaitAsync(TimeSpan.FromSeconds(30)));
        ex.Message.ShouldContain("did not answer within 1 s");
        (time.GetUtcNow() - started).ShouldBe(TimeSpan.FromSeconds(2));
        time.TimersCreated.ShouldBe(2);
    }

    [Fact]
    public async Task Sts_ErrorXml_BecomesAnEcrExceptionWithItsCode()
    {
        _server.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(403).WithBody(
            """<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>Not authorized to perform sts:AssumeRoleWithWebIdentity</Message></Error><RequestId>r-1</RequestId></ErrorResponse>"""));
        _env.Variables["AWS_WEB_IDENTITY_TOKEN_FILE"] = _env.Write("oidc", "eyJ.token.sig");
        _env.Variables["AWS_ROLE_ARN"] = "arn:aws:iam::123456789012:role/ci";
        _env.Variables["AWS_ENDPOINT_URL_STS"] = Url;

        var ex = await Should.ThrowAsync<EcrException>(() => new WebIdentityCredentialsProvider(_env.Environment, new AwsCredentialsOptions(), null, null, null).GetCredentialsAsync().AsTask());

        ex.ErrorCode.ShouldBe("AccessDenied");
        ex.Kind.ShouldBe(EcrErrorKind.AccessDenied);
        ex.Message.ShouldContain("sts:AssumeRoleWithWebIdentity");
        var form = _server.LogEntries.Single().RequestMessage.Body!;
        form.ShouldContain("Action=AssumeRoleWithWebIdentity");
        form.ShouldContain("Version=2011-06-15");
        form.ShouldContain("RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fci");
    }

    [Theory]
    [InlineData("us-east-1", "https://sts.us-east-1.amazonaws.com/")]
    [InlineData("cn-north-1", "https://sts.cn-north-1.amazonaws.com.cn/")]
    public void Sts_RegionalEndpoint(string region, string expected)
    {
        Ecr.Raw.Sts.StsClient.ResolveEndpoint(region, null).ShouldBe(new Uri(expected));
    }

    public void Dispose()
    {
        _server.Stop();
        _env.Dispose();
    }
}
