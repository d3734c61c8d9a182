using System.Globalization;
using System.Net.Http;
using System.Text;
using Ecr.Raw.Credentials;
using Ecr.Raw.Signing;

namespace Ecr.Raw.Tests.Signing;

public sealed class SigV4SignerTests
{
    private const string AccessKey = "AKIDEXAMPLE";
    private const string Secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static readonly DateTimeOffset EcrTime = new(2026, 12, 3, 10, 14, 18, TimeSpan.Zero);
    private static readonly byte[] ListImagesBody = Encoding.UTF8.GetBytes("""{"repositoryName":"team/app","maxResults":10}""");

    private static SignableRequest EcrListImages(string host) => new(
        "POST",
        "/",
        null,
        [
            new("Host", host),
            new("Content-Type", "application/x-amz-json-1.1"),
            new("X-Amz-Target", "AmazonEC2ContainerRegistry_V20150921.ListImages"),
        ],
        SignablePayload.FromBytes(ListImagesBody));

    [Fact]
    public void Sign_EcrRequestWithSessionToken_MatchesBotocore()
    {
        // Expected values computed by botocore 1.43.11 SigV4Auth("ecr", "us-east-1") with datetime pinned to EcrTime.
        var credentials = new AwsCredentials(AccessKey, Secret, "FQoGZXIvYXdzEXAMPLETOKEN/+=");

        var result = new SigV4Signer().Sign(EcrListImages("api.ecr.us-east-1.amazonaws.com"), credentials, "us-east-1", "ecr", EcrTime);

        result.Authorization.ShouldBe("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261203/us-east-1/ecr/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target, Signature=52c7b91c911fce8deea2da79d2a55b3f78a85d0270114b769b55937fbb81f625");
        result.Headers.Select(h => h.Key).ShouldBe(["X-Amz-Security-Token", "X-Amz-Date", "Authorization"]);
        result.AmzDate.ShouldBe("20261203T101418Z");
    }

    [Fact]
    public void Sign_HostWithNonDefaultPort_SignsThePort()
    {
        // botocore: http://127.0.0.1:4566/ signs host "127.0.0.1:4566".
        var result = new SigV4Signer().Sign(EcrListImages("127.0.0.1:4566"), new AwsCredentials(AccessKey, Secret), "us-east-1", "ecr", EcrTime);

        result.Signature.ShouldBe("d1435859dece223051d204b30eb9320a7342a6b99d3a94cbad5a86be299508d0");
        result.CanonicalRequest.ShouldContain("\nhost:127.0.0.1:4566\n");
    }

    [Fact]
    public void Sign_S3UnsignedPayloadWithEncodedSlash_SingleEncodesAndSendsContentSha256()
    {
        // botocore S3SigV4Auth with payload() = UNSIGNED-PAYLOAD, PUT /my%20key/a%2Fb.txt.
        var request = new SignableRequest("PUT", "/my%20key/a%2Fb.txt", null, [new("Host", "bucket.s3.us-east-1.amazonaws.com")], SignablePayload.Unsigned);
        var options = new SigningOptions
        {
            PathEncoding = UriPathEncoding.Single,
            PathNormalization = UriPathNormalization.None,
            PayloadChecksumHeader = PayloadChecksumHeader.XAmzContentSha256,
        };

        var result = new SigV4Signer().Sign(request, new AwsCredentials(AccessKey, Secret), "us-east-1", "s3", EcrTime, options);

        result.Signature.ShouldBe("fc573fd8978793790fc9be49033f3e7ee0c6a4753693c6052a8542aebc8745bd");
        result.CanonicalRequest.Split('\n')[1].ShouldBe("/my%20key/a%2Fb.txt");
        result.CanonicalRequest.ShouldEndWith("\nUNSIGNED-PAYLOAD");
        result.Headers.ShouldContain(new KeyValuePair<string, string>("x-amz-content-sha256", "UNSIGNED-PAYLOAD"));
    }

    [Fact]
    public void Sign_DoubleEncoding_EncodesTheWireEscapesAgain()
    {
        var request = new SignableRequest("GET", "/my%20key", null, [new("Host", "example.amazonaws.com")], SignablePayload.Empty);

        var result = new SigV4Signer().Sign(request, new AwsCredentials(AccessKey, Secret), "us-east-1", "service", EcrTime);

        result.CanonicalRequest.Split('\n')[1].ShouldBe("/my%2520key");
    }

    [Fact]
    public void Sign_ContentSha256Header_HashesTheBodyAndSignsTheHeader()
    {
        var options = new SigningOptions { PayloadChecksumHeader = PayloadChecksumHeader.XAmzContentSha256 };

        var result = new SigV4Signer().Sign(EcrListImages("api.ecr.us-east-1.amazonaws.com"), new AwsCredentials(AccessKey, Secret), "us-east-1", "ecr", EcrTime, options);

        var expectedHash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(ListImagesBody)).ToLowerInvariant();
        result.Headers.ShouldContain(new KeyValuePair<string, string>("x-amz-content-sha256", expectedHash));
        result.Authorization!.ShouldContain("SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date;x-amz-target,");
    }

    [Fact]
    public void Sign_PrecomputedPayloadHash_EqualsHashingTheBytes()
    {
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(ListImagesBody)).ToLowerInvariant();
        var fromBytes = EcrListImages("h");
        var fromHash = new SignableRequest(fromBytes.Method, fromBytes.Path, null, fromBytes.Headers, SignablePayload.FromSha256(hash));
        var signer = new SigV4Signer();

        signer.Sign(fromHash, new AwsCredentials(AccessKey, Secret), "us-east-1", "ecr", EcrTime).Signature
            .ShouldBe(signer.Sign(fromBytes, new AwsCredentials(AccessKey, Secret), "us-east-1", "ecr", EcrTime).Signature);
    }

    [Fact]
    public void KeyCache_SameDay_DerivesOnce_NextDay_DerivesAgain()
    {
        var signer = new SigV4Signer();
        var credentials = new AwsCredentials(AccessKey, Secret);
        var request = EcrListImages("h");

        var first = signer.Sign(request, credentials, "us-east-1", "ecr", EcrTime);
        signer.Sign(request, credentials, "us-east-1", "ecr", EcrTime.AddHours(5));
        signer.KeyCache.Derivations.ShouldBe(1);

        var nextDay = signer.Sign(request, credentials, "us-east-1", "ecr", EcrTime.AddDays(1));
        signer.KeyCache.Derivations.ShouldBe(2);

        // A cached key gives the same signature as a fresh signer would.
        new SigV4Signer().Sign(request, credentials, "us-east-1", "ecr", EcrTime.AddDays(1)).Signature.ShouldBe(nextDay.Signature);
        nextDay.Signature.ShouldNotBe(first.Signature);
    }

    [Fact]
    public void KeyCache_DifferentSecretSameKeyId_DoesNotReuseTheKey()
    {
        var signer = new SigV4Signer();
        var request = EcrListImages("h");

        var a = signer.Sign(request, new AwsCredentials(AccessKey, Secret), "us-east-1", "ecr", EcrTime);
        var b = signer.Sign(request, new AwsCredentials(AccessKey, "another-secret"), "us-east-1", "ecr", EcrTime);

        b.Signature.ShouldNotBe(a.Signature);
        signer.KeyCache.Derivations.ShouldBe(2);
    }

    [Fact]
    public void KeyCache_IsBounded()
    {
        var signer = new SigV4Signer(keyCacheCapacity: 4);
        for (var day = 0; day < 10; day++)
        {
            signer.Sign(EcrListImages("h"), new AwsCredentials(AccessKey, Secret), "us-east-1", "ecr", EcrTime.AddDays(day));
        }

        signer.KeyCache.Count.ShouldBeLessThanOrEqualTo(4);
    }

    [Theory]
    [InlineData("", "ecr", "region")]
    [InlineData("us east 1", "ecr", "region")]
    [InlineData("us-east-1", "", "service")]
    [InlineData("us-east-1", "ec/r", "service")]
    public void Sign_BadScope_ThrowsNamingTheParameter(string region, string service, string parameter)
    {
        var ex = Should.Throw<ArgumentException>(() => new SigV4Signer().Sign(EcrListImages("h"), new AwsCredentials(AccessKey, Secret), region, service, EcrTime));
        ex.ParamName.ShouldBe(parameter);
    }

    [Theory]
    [InlineData("X-Evil\r\nInjected", "v")]
    [InlineData("X-Ok", "line1\r\nX-Injected: 1")]
    [InlineData("X-Ok", "nul\0")]
    [InlineData("", "v")]
    [InlineData("Bad Name", "v")]
    public void SignableRequest_MalformedHeader_ThrowsNamingHeaders(string name, string value)
    {
        var ex = Should.Throw<ArgumentException>(() => new SignableRequest("GET", "/", null, [new(name, value)], SignablePayload.Empty));
        ex.ParamName.ShouldBe("headers");
    }

    [Theory]
    [InlineData("", "secret", "accessKeyId")]
    [InlineData("AKID", "", "secretAccessKey")]
    [InlineData("AKID", "sec\nret", "secretAccessKey")]
    public void AwsCredentials_BadKey_ThrowsNamingTheParameter(string keyId, string secret, string parameter)
    {
        Should.Throw<ArgumentException>(() => new AwsCredentials(keyId, secret)).ParamName.ShouldBe(parameter);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(604_801)]
    public void SigningOptions_ExpiryOutOfRange_Throws(int seconds)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new SigningOptions { ExpiresIn = TimeSpan.FromSeconds(seconds) }).ParamName.ShouldBe("ExpiresIn");
    }

    [Fact]
    public void SigningOptions_ExpiryAtTheLimits_IsAccepted()
    {
        new SigningOptions { ExpiresIn = TimeSpan.FromSeconds(1) }.ExpiresIn.ShouldBe(TimeSpan.FromSeconds(1));
        new SigningOptions { ExpiresIn = TimeSpan.FromSeconds(604_800) }.ExpiresIn.ShouldBe(TimeSpan.FromDays(7));
    }

    [Fact]
    public void SignablePayload_FromSha256_RejectsWhatIsNotAHash()
    {
        Should.Throw<ArgumentException>(() => SignablePayload.FromSha256("ABC")).ParamName.ShouldBe("sha256Hex");
    }

    [Fact]
    public void ToString_OfCredentialsAndResult_RedactsSecretTokenAndSignature()
    {
        var credentials = new AwsCredentials(AccessKey, Secret, "TOKEN-VALUE-123");
        var result = new SigV4Signer().Sign(EcrListImages("h"), credentials, "us-east-1", "ecr", EcrTime);

        foreach (var text in new[] { credentials.ToString(), result.ToString(), new StaticCredentialsProvider(credentials).ToString() })
        {
            text.ShouldNotContain(Secret);
            text.ShouldNotContain("TOKEN-VALUE-123");
            text.ShouldNotContain(result.Signature);
            text.ShouldContain(AccessKey);
        }
    }

    [Fact]
    public void Sign_StaleSigningHeadersInTheInput_AreReplacedNotSignedTwice()
    {
        var fresh = new SigV4Signer().Sign(EcrListImages("h"), new AwsCredentials(AccessKey, Secret), "us-east-1", "ecr", EcrTime);
        var withStale = new SignableRequest("POST", "/", null,
            [.. EcrListImages("h").Headers, new("X-Amz-Date", "20000101T000000Z"), new("Authorization", "old")],
            SignablePayload.FromBytes(ListImagesBody));

        new SigV4Signer().Sign(withStale, new AwsCredentials(AccessKey, Secret), "us-east-1", "ecr", EcrTime).Signature.ShouldBe(fresh.Signature);
    }

    [Fact]
    public async Task SignAsync_HttpRequestMessage_AddsTheSameHeadersAsTheNeutralSigner()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://api.ecr.us-east-1.amazonaws.com/")
        {
            Content = new ByteArrayContent(ListImagesBody),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/x-amz-json-1.1");
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "AmazonEC2ContainerRegistry_V20150921.ListImages");
        var credentials = new AwsCredentials(AccessKey, Secret, "FQoGZXIvYXdzEXAMPLETOKEN/+=");

        await request.SignAsync(new SigV4Signer(), credentials, "us-east-1", "ecr", EcrTime);
        // Signing twice (a retry) replaces the first signature instead of adding a second.
        await request.SignAsync(new SigV4Signer(), credentials, "us-east-1", "ecr", EcrTime);

        request.Headers.GetValues("Authorization").ShouldHaveSingleItem()
            .ShouldEndWith("Signature=52c7b91c911fce8deea2da79d2a55b3f78a85d0270114b769b55937fbb81f625");
        request.Headers.GetValues("X-Amz-Date").ShouldHaveSingleItem().ShouldBe("20261203T101418Z");
    }

    [Fact]
    public async Task SignAsync_QueryMode_PresignsTheUri()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://example.amazonaws.com/?Param1=value1");
        var options = new SigningOptions { Location = SignatureLocation.QueryString, ExpiresIn = TimeSpan.FromMinutes(5) };

        var result = await request.SignAsync(new SigV4Signer(), new AwsCredentials(AccessKey, Secret), "us-east-1", "service", EcrTime, options);

        var query = request.RequestUri!.Query;
        query.ShouldStartWith("?Param1=value1&X-Amz-Algorithm=AWS4-HMAC-SHA256&");
        query.ShouldContain("&X-Amz-Expires=300&");
        query.ShouldEndWith("&X-Amz-Signature=" + result.Signature);
        request.Headers.Contains("Authorization").ShouldBeFalse();
    }

    [Fact]
    public async Task SigningHandler_SignsEverySendAfresh()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(EcrTime);
        var capture = new CapturingHandler();
        using var client = new HttpClient(new SigV4SigningHandler(new StaticCredentialsProvider(new AwsCredentials(AccessKey, Secret)), "us-east-1", "ecr", time) { InnerHandler = capture });

        await client.GetAsync(new Uri("https://example.amazonaws.com/"));
        time.Advance(TimeSpan.FromSeconds(30));
        await client.GetAsync(new Uri("https://example.amazonaws.com/"));

        capture.Dates.ShouldBe(["20261203T101418Z", "20261203T101448Z"]);
        capture.Authorizations.Distinct().Count().ShouldBe(2);
    }

    private sealed class CapturingHandler : HttpMessageHandler
    {
        public List<string> Dates { get; } = [];

        public List<string> Authorizations { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Dates.Add(request.Headers.GetValues("X-Amz-Date").Single());
            Authorizations.Add(request.Headers.GetValues("Authorization").Single());
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK));
        }
    }
}
