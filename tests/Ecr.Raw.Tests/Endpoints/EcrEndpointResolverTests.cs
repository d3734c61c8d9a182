using Ecr.Raw.Credentials;
using Ecr.Raw.Errors;

namespace Ecr.Raw.Tests.Endpoints;

public sealed class EcrEndpointResolverTests
{
    // The table of ECR-API.md 6.2, resolved by botocore's EndpointProvider on the shipped rule set.
    [Theory]
    [InlineData("us-east-1", "api.ecr.us-east-1.amazonaws.com", "api.ecr-fips.us-east-1.amazonaws.com", "ecr.us-east-1.api.aws", "ecr-fips.us-east-1.api.aws")]
    [InlineData("cn-north-1", "api.ecr.cn-north-1.amazonaws.com.cn", "api.ecr-fips.cn-north-1.amazonaws.com.cn", "ecr.cn-north-1.api.amazonwebservices.com.cn", "ecr-fips.cn-north-1.api.amazonwebservices.com.cn")]
    [InlineData("us-gov-west-1", "api.ecr.us-gov-west-1.amazonaws.com", "api.ecr-fips.us-gov-west-1.amazonaws.com", "ecr.us-gov-west-1.api.aws", "ecr-fips.us-gov-west-1.api.aws")]
    [InlineData("us-iso-east-1", "api.ecr.us-iso-east-1.c2s.ic.gov", "api.ecr-fips.us-iso-east-1.c2s.ic.gov", "ecr.us-iso-east-1.api.aws.ic.gov", "ecr-fips.us-iso-east-1.api.aws.ic.gov")]
    [InlineData("us-isob-east-1", "api.ecr.us-isob-east-1.sc2s.sgov.gov", "api.ecr-fips.us-isob-east-1.sc2s.sgov.gov", "ecr.us-isob-east-1.api.aws.scloud", "ecr-fips.us-isob-east-1.api.aws.scloud")]
    [InlineData("eu-isoe-west-1", "api.ecr.eu-isoe-west-1.cloud.adc-e.uk", "api.ecr-fips.eu-isoe-west-1.cloud.adc-e.uk", "ecr.eu-isoe-west-1.api.cloud-aws.adc-e.uk", "ecr-fips.eu-isoe-west-1.api.cloud-aws.adc-e.uk")]
    [InlineData("us-isof-south-1", "api.ecr.us-isof-south-1.csp.hci.ic.gov", "api.ecr-fips.us-isof-south-1.csp.hci.ic.gov", "ecr.us-isof-south-1.api.aws.hci.ic.gov", "ecr-fips.us-isof-south-1.api.aws.hci.ic.gov")]
    [InlineData("eusc-de-east-1", "api.ecr.eusc-de-east-1.amazonaws.eu", "api.ecr-fips.eusc-de-east-1.amazonaws.eu", "ecr.eusc-de-east-1.api.amazonwebservices.eu", "ecr-fips.eusc-de-east-1.api.amazonwebservices.eu")]
    [InlineData("xx-unknown-9", "api.ecr.xx-unknown-9.amazonaws.com", "api.ecr-fips.xx-unknown-9.amazonaws.com", "ecr.xx-unknown-9.api.aws", "ecr-fips.xx-unknown-9.api.aws")]
    public void Resolve_EveryPartitionAndFlag(string region, string plain, string fips, string dualStack, string both)
    {
        Client(new() { Region = region }).Endpoint.ShouldBe(new Uri("https://" + plain));
        Client(new() { Region = region, UseFips = true }).Endpoint.ShouldBe(new Uri("https://" + fips));
        Client(new() { Region = region, UseDualStack = true }).Endpoint.ShouldBe(new Uri("https://" + dualStack));
        Client(new() { Region = region, UseFips = true, UseDualStack = true }).Endpoint.ShouldBe(new Uri("https://" + both));
        Client(new() { Region = region }).Region.ShouldBe(region);
    }

    [Fact]
    public void CustomEndpoint_KeepsTheConfiguredSigningRegion()
    {
        var client = Client(new() { Region = "eu-west-1", Endpoint = new Uri("http://127.0.0.1:5000") });

        client.Endpoint.ShouldBe(new Uri("http://127.0.0.1:5000"));
        client.Region.ShouldBe("eu-west-1");
    }

    [Theory]
    [InlineData(true, false, "FIPS")]
    [InlineData(false, true, "Dual-stack")]
    public void CustomEndpoint_WithFipsOrDualStack_IsAConfigurationError(bool fips, bool dualStack, string named)
    {
        var ex = Should.Throw<EcrException>(() => Client(new() { Region = "us-east-1", Endpoint = new Uri("https://ecr.example.com"), UseFips = fips, UseDualStack = dualStack }));

        ex.Kind.ShouldBe(EcrErrorKind.Configuration);
        ex.Message.ShouldContain(named);
    }

    [Fact]
    public void NoRegion_IsAConfigurationErrorNamingTheSources()
    {
        var ex = Should.Throw<EcrException>(() => Client(new()));

        ex.Kind.ShouldBe(EcrErrorKind.Configuration);
        ex.Message.ShouldContain("AWS_REGION");
        ex.Message.ShouldContain("AWS_DEFAULT_REGION");
    }

    [Fact]
    public void PlainHttpToAnotherHost_IsRefusedUnlessAllowed()
    {
        Should.Throw<EcrException>(() => Client(new() { Region = "us-east-1", Endpoint = new Uri("http://ecr.example.com") })).Kind.ShouldBe(EcrErrorKind.Configuration);
        Client(new() { Region = "us-east-1", Endpoint = new Uri("http://ecr.example.com"), AllowInsecureHttp = true }).Endpoint.Host.ShouldBe("ecr.example.com");
        Client(new() { Region = "us-east-1", Endpoint = new Uri("http://[::1]:8080") }).Endpoint.Port.ShouldBe(8080);
        Client(new() { Region = "us-east-1", Endpoint = new Uri("http://localhost:8080") }).Endpoint.Host.ShouldBe("localhost");
    }

    [Fact]
    public void Environment_RegionAndEndpoint_InTheSdkOrder()
    {
        var env = new Dictionary<string, string>
        {
            ["AWS_DEFAULT_REGION"] = "eu-central-1",
            ["AWS_ENDPOINT_URL"] = "http://127.0.0.1:1111",
        };

        var fromDefault = new EcrClient(new EcrClientOptions { Credentials = Static }, k => env.GetValueOrDefault(k));
        fromDefault.Region.ShouldBe("eu-central-1");
        fromDefault.Endpoint.Port.ShouldBe(1111);

        env["AWS_REGION"] = "ap-south-1";
        env["AWS_ENDPOINT_URL_ECR"] = "http://127.0.0.1:2222";
        var fromSpecific = new EcrClient(new EcrClientOptions { Credentials = Static }, k => env.GetValueOrDefault(k));
        fromSpecific.Region.ShouldBe("ap-south-1");
        fromSpecific.Endpoint.Port.ShouldBe(2222);

        var fromOptions = new EcrClient(new EcrClientOptions { Credentials = Static, Region = "us-west-1", Endpoint = new Uri("http://127.0.0.1:3333") }, k => env.GetValueOrDefault(k));
        fromOptions.Region.ShouldBe("us-west-1");
        fromOptions.Endpoint.Port.ShouldBe(3333);
    }

    [Theory]
    [InlineData("US-EAST-1")]
    [InlineData("us-east-1.evil.com/")]
    [InlineData("-us")]
    public void MalformedRegion_IsRefused(string region)
    {
        Should.Throw<EcrException>(() => Client(new() { Region = region })).Kind.ShouldBe(EcrErrorKind.Configuration);
    }

    private static StaticCredentialsProvider Static { get; } = new(new AwsCredentials("AKID", "secret"));

    private static EcrClient Client(EcrClientOptions options)
    {
        options.Credentials ??= Static;
        return new EcrClient(options, _ => null);
    }
}
