using Ecr.Raw.Config;
using Ecr.Raw.Errors;
using Ecr.Raw.Tests.Support;

namespace Ecr.Raw.Tests.Config;

public sealed class IniFileTests : IDisposable
{
    private readonly TestEnvironment _env = new();

    [Fact]
    public void SharedConfig_CommentsWhitespaceProfilesAndServices()
    {
        _env.WriteConfig("""
            # a comment
            ; another
            [default]
            region = eu-west-1   # inline comment
            [profile  dev ]
              region=us-east-2
            services = local
            [services local]
            ecr =
              endpoint_url = http://127.0.0.1:4566
            sts =
              endpoint_url = http://127.0.0.1:4567
            """);
        _env.WriteCredentials("""
            [dev]
            aws_access_key_id = AKIDDEV
            aws_secret_access_key = devsecret
            region = ap-south-1
            """);

        var shared = SharedConfig.Load(_env.Environment);

        shared.Profile("default")!["region"].ShouldBe("eu-west-1");
        var dev = shared.Profile("dev")!;
        dev["region"].ShouldBe("ap-south-1");
        dev["aws_access_key_id"].ShouldBe("AKIDDEV");
        shared.EndpointUrl(dev, "ecr").ShouldBe("http://127.0.0.1:4566");
        shared.EndpointUrl(dev, "sts").ShouldBe("http://127.0.0.1:4567");
        shared.Profile("profile dev").ShouldBeNull();
    }

    [Theory]
    [InlineData("[default\nregion = x", 1, "']'")]
    [InlineData("region = x", 1, "[section]")]
    [InlineData("[default]\n\njust words", 3, "key = value")]
    public void Malformed_ReportsPathAndLine(string text, int line, string problem)
    {
        var path = _env.WriteConfig(text);

        var ex = Should.Throw<EcrException>(() => SharedConfig.Load(_env.Environment));

        ex.Kind.ShouldBe(EcrErrorKind.Configuration);
        ex.Message.ShouldStartWith($"{path}:{line}:");
        ex.Message.ShouldContain(problem);
    }

    [Fact]
    public void Client_TakesRegionAndEndpointFromTheProfile()
    {
        _env.WriteConfig("""
            [profile ci]
            region = sa-east-1
            services = local
            max_attempts = 7
            [services local]
            ecr =
              endpoint_url = http://127.0.0.1:4566
            """);
        _env.Variables["AWS_PROFILE"] = "ci";

        using var client = new EcrClient(new EcrClientOptions { Credentials = new Ecr.Raw.Credentials.StaticCredentialsProvider(new("AKID", "s")) }, _env.Environment, null);

        client.Region.ShouldBe("sa-east-1");
        client.Endpoint.ShouldBe(new Uri("http://127.0.0.1:4566"));
        client.Transport.RetryPolicy.MaxAttempts.ShouldBe(7);
    }

    public void Dispose() => _env.Dispose();
}
