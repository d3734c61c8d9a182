using System.Net;
using System.Text;
using Ecr.Raw.Errors;
using Ecr.Raw.Model;
using Ecr.Raw.Tests.Support;

namespace Ecr.Raw.Tests.Errors;

public sealed class EcrErrorResponseTests : IDisposable
{
    private const string MotoSignatureXml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<ErrorResponse><Errors><Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.</Message><Type>Sender</Type></Error></Errors></ErrorResponse>";

    private readonly EcrStub _stub = new();

    private async Task<EcrException> ListImagesFails()
    {
        using var client = _stub.CreateClient(o =>
        {
            o.MaxResponseBytes = 4096;
            o.Retry.Mode = Ecr.Raw.Retry.RetryMode.None;
        });
        return await Should.ThrowAsync<EcrException>(() => client.ListImagesAsync(new ListImagesRequest { RepositoryName = "team/app" }));
    }

    [Fact]
    public async Task JsonError_BareType_MapsKindCodeMessageAndRequestId()
    {
        _stub.Respond(null, 400, """{"__type":"RepositoryNotFoundException","message":"The repository with name 'team/app' does not exist"}""", ("x-amzn-RequestId", "req-123"));

        var ex = await ListImagesFails();

        ex.Kind.ShouldBe(EcrErrorKind.RepositoryNotFound);
        ex.ErrorCode.ShouldBe("RepositoryNotFoundException");
        ex.Message.ShouldBe("The repository with name 'team/app' does not exist");
        ex.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        ex.RequestId.ShouldBe("req-123");
        ex.Operation.ShouldBe("ListImages");
        ex.IsRetryable.ShouldBeFalse();
    }

    [Fact]
    public async Task JsonError_NamespacedTypeWithUri_IsCut()
    {
        _stub.Respond(null, 400, """{"__type":"com.amazonaws.ecr#ImageNotFoundException:http://internal.amazon.com/coral/validate/","Message":"no such image"}""");

        var ex = await ListImagesFails();

        ex.ErrorCode.ShouldBe("ImageNotFoundException");
        ex.Kind.ShouldBe(EcrErrorKind.ImageNotFound);
        ex.Message.ShouldBe("no such image");
    }

    [Fact]
    public async Task HeaderErrorType_WinsOverTheBody()
    {
        _stub.Respond(null, 400, """{"__type":"SomethingElse","message":"slow down"}""", ("X-Amzn-ErrorType", "ThrottlingException:http://internal/"));

        var ex = await ListImagesFails();

        ex.ErrorCode.ShouldBe("ThrottlingException");
        ex.Kind.ShouldBe(EcrErrorKind.Throttling);
        ex.IsRetryable.ShouldBeTrue();
    }

    [Fact]
    public async Task CodeMember_IsUsedWhenThereIsNoType()
    {
        _stub.Respond(null, 400, """{"code":"InvalidParameterException","message":"bad"}""");

        (await ListImagesFails()).Kind.ShouldBe(EcrErrorKind.InvalidParameter);
    }

    [Fact]
    public async Task MotoXml403_MapsTheEmbeddedCode()
    {
        _stub.Respond(null, 403, MotoSignatureXml, ("Content-Type", "text/html; charset=utf-8"));

        var ex = await ListImagesFails();

        ex.Kind.ShouldBe(EcrErrorKind.InvalidSignature);
        ex.ErrorCode.ShouldBe("SignatureDoesNotMatch");
        ex.Message.ShouldStartWith("The request signature we calculated does not match");
        ex.Kind.IsAuthentication().ShouldBeTrue();
    }

    [Fact]
    public async Task HtmlProxy502_IsInternalFailureWithAShortExcerpt()
    {
        var html = "<!doctype html>\n<html><head><title>502 Bad Gateway</title></head><body>" + new string('x', 5000) + "</body></html>";
        _stub.Respond(null, 502, html, ("Content-Type", "text/html"));

        var ex = await ListImagesFails();

        ex.Kind.ShouldBe(EcrErrorKind.InternalFailure);
        ex.ErrorCode.ShouldBeNull();
        ex.StatusCode.ShouldBe(HttpStatusCode.BadGateway);
        ex.Message.ShouldStartWith("<!doctype html> <html><head><title>502 Bad Gateway</title>");
        ex.Message.Length.ShouldBeLessThan(300);
        ex.IsRetryable.ShouldBeTrue();
    }

    [Fact]
    public async Task TruncatedJsonError_FallsBackToStatusAndExcerpt()
    {
        _stub.Respond(null, 500, """{"__type":"ServerExce""");

        var ex = await ListImagesFails();

        ex.Kind.ShouldBe(EcrErrorKind.InternalFailure);
        ex.Message.ShouldContain("ServerExce");
    }

    [Fact]
    public async Task EmptyErrorBody_503_IsServiceUnavailable()
    {
        _stub.Respond(null, 503, "");

        var ex = await ListImagesFails();

        ex.Kind.ShouldBe(EcrErrorKind.ServiceUnavailable);
        ex.Message.ShouldBe("ListImages failed with HTTP 503 and no message.");
    }

    [Fact]
    public async Task Status429WithoutCode_IsThrottling()
    {
        _stub.Respond(null, 429, "");

        (await ListImagesFails()).Kind.ShouldBe(EcrErrorKind.Throttling);
    }

    [Fact]
    public async Task Ok_WithInvalidJson_IsInvalidResponseNotACrash()
    {
        _stub.Respond(null, 200, "<html>not json</html>");

        var ex = await ListImagesFails();

        ex.Kind.ShouldBe(EcrErrorKind.InvalidResponse);
        ex.IsRetryable.ShouldBeTrue();
    }

    [Fact]
    public async Task Ok_WithEmptyBody_IsInvalidResponse()
    {
        _stub.Respond(null, 200, "");

        (await ListImagesFails()).Kind.ShouldBe(EcrErrorKind.InvalidResponse);
    }

    [Fact]
    public async Task Ok_WithTruncatedJson_IsInvalidResponse()
    {
        _stub.Respond(null, 200, """{"imageIds":[{"imageTag":"v1"},{"imageTa""");

        (await ListImagesFails()).Kind.ShouldBe(EcrErrorKind.InvalidResponse);
    }

    [Fact]
    public async Task Ok_BodyOverTheCap_IsRefused()
    {
        var big = "{\"imageIds\":[" + string.Join(",", Enumerable.Repeat("{\"imageTag\":\"v1\"}", 1000)) + "]}";
        _stub.RespondBytes(200, Encoding.UTF8.GetBytes(big));

        var ex = await ListImagesFails();

        ex.Kind.ShouldBe(EcrErrorKind.ResponseTooLarge);
        ex.Message.ShouldContain("4096");
        ex.IsRetryable.ShouldBeFalse();
    }

    [Fact]
    public async Task Ok_UndeclaredLengthOverTheCap_IsRefusedWhileStreaming()
    {
        var big = "{\"imageIds\":[" + string.Join(",", Enumerable.Repeat("{\"imageTag\":\"v1\"}", 1000)) + "]}";
        using var client = _stub.CreateClient(o =>
        {
            o.MaxResponseBytes = 4096;
            o.Retry.Mode = Ecr.Raw.Retry.RetryMode.None;
            o.HttpMessageHandler = new UnknownLengthHandler(System.Text.Encoding.UTF8.GetBytes(big));
        });

        var ex = await Should.ThrowAsync<EcrException>(() => client.ListImagesAsync(new ListImagesRequest { RepositoryName = "team/app" }));

        ex.Kind.ShouldBe(EcrErrorKind.ResponseTooLarge);
    }

    [Fact]
    public async Task ConnectionRefused_IsNetwork()
    {
        var port = FreePort.Next();
        using var client = new EcrClient(new EcrClientOptions
        {
            Region = "us-east-1",
            Endpoint = new Uri($"http://127.0.0.1:{port}"),
            Credentials = new Ecr.Raw.Credentials.StaticCredentialsProvider(_stub.Credentials),
            Retry = { Mode = Ecr.Raw.Retry.RetryMode.None },
        });

        var ex = await Should.ThrowAsync<EcrException>(() => client.ListImagesAsync(new ListImagesRequest { RepositoryName = "team/app" }));

        ex.Kind.ShouldBe(EcrErrorKind.Network);
        ex.IsRetryable.ShouldBeTrue();
    }

    [Fact]
    public async Task CallerCancellation_SurfacesAsOperationCanceled()
    {
        _stub.Respond(null, 200, "{}");
        using var client = _stub.CreateClient();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => client.ListImagesAsync(new ListImagesRequest { RepositoryName = "team/app" }, cts.Token));
        _stub.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task NoMessageOrExceptionText_EverHoldsASecret()
    {
        _stub.Respond(null, 403, MotoSignatureXml + " Signature=0123456789abcdef0123456789abcdef");
        using var client = _stub.CreateClient(o => o.Credentials = new Ecr.Raw.Credentials.StaticCredentialsProvider(new Ecr.Raw.Credentials.AwsCredentials(EcrStub.AccessKey, EcrStub.Secret, "the-session-token")));

        var ex = await Should.ThrowAsync<EcrException>(() => client.ListImagesAsync(new ListImagesRequest { RepositoryName = "team/app" }));

        var text = ex.ToString();
        text.ShouldNotContain(EcrStub.Secret);
        text.ShouldNotContain("the-session-token");
        text.ShouldNotContain("0123456789abcdef0123456789abcdef");
        var sentSignature = EcrStub.Header(_stub.Requests.Single(), "Authorization").Split("Signature=")[1];
        text.ShouldNotContain(sentSignature);
    }

    [Fact]
    public void EveryModelErrorShape_HasItsOwnKind()
    {
        var modelKinds = Enum.GetValues<EcrErrorKind>().Where(k => k > EcrErrorKind.Unknown && k < EcrErrorKind.Throttling).ToList();

        modelKinds.Count.ShouldBe(47);
        foreach (var kind in modelKinds)
        {
            var code = kind == EcrErrorKind.ServerError ? "ServerException" : kind + "Exception";
            EcrErrorClassifier.Classify(code, HttpStatusCode.BadRequest).ShouldBe(kind);
        }
    }

    [Theory]
    [InlineData(EcrErrorKind.Throttling, true)]
    [InlineData(EcrErrorKind.LimitExceeded, true)]
    [InlineData(EcrErrorKind.ServerError, true)]
    [InlineData(EcrErrorKind.InternalFailure, true)]
    [InlineData(EcrErrorKind.ServiceUnavailable, true)]
    [InlineData(EcrErrorKind.Network, true)]
    [InlineData(EcrErrorKind.Timeout, true)]
    [InlineData(EcrErrorKind.InvalidResponse, true)]
    [InlineData(EcrErrorKind.RepositoryNotFound, false)]
    [InlineData(EcrErrorKind.InvalidParameter, false)]
    [InlineData(EcrErrorKind.AccessDenied, false)]
    [InlineData(EcrErrorKind.ClockSkew, false)]
    [InlineData(EcrErrorKind.ResponseTooLarge, false)]
    [InlineData(EcrErrorKind.Configuration, false)]
    public void IsRetryable_FollowsTheAwsClasses(EcrErrorKind kind, bool retryable) => kind.IsRetryable().ShouldBe(retryable);

    public void Dispose() => _stub.Dispose();
}
