using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using Ecr.Raw.Errors;
using Ecr.Raw.Model;
using Ecr.Raw.Retry;
using Ecr.Raw.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Polly;
using Polly.CircuitBreaker;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Ecr.Raw.Tests.Retry;

public sealed class RetryPipelineTests : IDisposable
{
    private const string Throttle = """{"__type":"ThrottlingException","message":"Rate exceeded"}""";
    private const string Ok = """{"imageIds":[{"imageTag":"v1","imageDigest":"sha256:1"}]}""";
    private static readonly ListImagesRequest List = new() { RepositoryName = "team/app" };

    private readonly EcrStub _stub = new();
    private readonly List<EcrRetryEvent> _retries = [];

    // Start near the real clock so the Date header the stub server adds teaches no skew.
    private readonly AutoAdvancingTimeProvider _time = new(DateTimeOffset.UtcNow);

    private EcrClient Client(Action<EcrClientOptions>? configure = null) => _stub.CreateClient(o =>
    {
        o.TimeProvider = _time;
        o.Retry.Jitter = () => 0.5;
        o.Retry.OnRetry = e => _retries.Add(e);
        configure?.Invoke(o);
    });

    /// <summary>Answers the n-th request (from 1) with the n-th response of the list; the last one repeats.</summary>
    private void Sequence(params Func<IResponseBuilder>[] responses)
    {
        for (var i = 0; i < responses.Length; i++)
        {
            var request = Request.Create().WithPath("/").UsingPost();
            var given = _stub.Server.Given(request).InScenario("sequence");
            given = i == 0 ? given : given.WhenStateIs(i.ToString(CultureInfo.InvariantCulture));
            if (i < responses.Length - 1)
            {
                given = given.WillSetStateTo((i + 1).ToString(CultureInfo.InvariantCulture));
            }

            given.RespondWith(responses[i]());
        }
    }

    private static Func<IResponseBuilder> Json(int status, string body, params (string, string)[] headers) => () =>
    {
        var response = Response.Create().WithStatusCode(status).WithBody(body).WithHeader("Content-Type", "application/x-amz-json-1.1");
        foreach (var (name, value) in headers)
        {
            response = response.WithHeader(name, value);
        }

        return response;
    };

    [Fact]
    public async Task ThrottleThrottleSuccess_SucceedsOnTheThirdAttempt_WithThrottlingBackoff()
    {
        Sequence(Json(400, Throttle), Json(400, Throttle), Json(200, Ok));
        using var client = Client();

        var result = await client.ListImagesAsync(List);

        result.ImageIds.ShouldHaveSingleItem().ImageTag.ShouldBe("v1");
        _stub.Requests.Count.ShouldBe(3);
        _retries.Select(r => (r.Attempt, r.Delay, r.Kind)).ShouldBe(
        [
            (1, TimeSpan.FromMilliseconds(500), EcrErrorKind.Throttling),
            (2, TimeSpan.FromMilliseconds(1000), EcrErrorKind.Throttling),
        ]);
        _time.Timers.ShouldBe([TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(1000)]);
    }

    [Fact]
    public async Task EveryAttempt_IsSignedAfresh_WithOneInvocationIdAndItsAttemptNumber()
    {
        Sequence(Json(500, "{}"), Json(503, ""), Json(200, Ok));
        using var client = Client(o =>
        {
            o.Retry.Jitter = () => 1.0;
            o.Retry.BaseDelay = TimeSpan.FromSeconds(2);
        });

        await client.ListImagesAsync(List);

        var requests = _stub.Requests;
        requests.Select(r => EcrStub.Header(r, "amz-sdk-request")).ShouldBe(["attempt=1; max=3", "attempt=2; max=3", "attempt=3; max=3"]);
        requests.Select(r => EcrStub.Header(r, "amz-sdk-invocation-id")).Distinct().ShouldHaveSingleItem();
        requests.ShouldAllBe(r => _stub.SignatureVerifies(r));
        requests.Select(r => EcrStub.Header(r, "Authorization")).Distinct().Count().ShouldBe(3);
        var dates = requests.Select(r => DateTimeOffset.ParseExact(EcrStub.Header(r, "X-Amz-Date"), "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)).ToList();
        (dates[1] - dates[0]).TotalSeconds.ShouldBe(2, 1);
        (dates[2] - dates[1]).TotalSeconds.ShouldBe(4, 1);
    }

    [Fact]
    public async Task ServerErrors_AreRetriedUpToMaxAttempts_ThenSurface()
    {
        _stub.Respond(null, 500, """{"__type":"ServerException","message":"boom"}""");
        using var client = Client(o => o.Retry.MaxAttempts = 4);

        var ex = await Should.ThrowAsync<EcrException>(() => client.ListImagesAsync(List));

        ex.Kind.ShouldBe(EcrErrorKind.ServerError);
        _stub.Requests.Count.ShouldBe(4);
        _retries.Select(r => r.Delay.TotalMilliseconds).ShouldBe([25, 50, 100]);
    }

    [Theory]
    [InlineData("RepositoryNotFoundException", 400)]
    [InlineData("InvalidParameterException", 400)]
    [InlineData("AccessDeniedException", 403)]
    public async Task NonRetryableKinds_AreTriedExactlyOnce(string code, int status)
    {
        _stub.Respond(null, status, $$"""{"__type":"{{code}}","message":"no"}""");
        using var client = Client();

        await Should.ThrowAsync<EcrException>(() => client.ListImagesAsync(List));

        _stub.Requests.Count.ShouldBe(1);
        _retries.ShouldBeEmpty();
    }

    [Fact]
    public async Task ConnectionReset_IsRetried_AsANetworkFailure()
    {
        using var server = new ResettingServer();
        using var client = new EcrClient(new EcrClientOptions
        {
            Region = EcrStub.Region,
            Endpoint = server.Endpoint,
            Credentials = new Ecr.Raw.Credentials.StaticCredentialsProvider(_stub.Credentials),
            TimeProvider = _time,
            Retry = { Jitter = () => 0.5, OnRetry = e => _retries.Add(e) },
        });

        var ex = await Should.ThrowAsync<EcrException>(() => client.ListImagesAsync(List));

        ex.Kind.ShouldBe(EcrErrorKind.Network);
        server.Connections.ShouldBe(3);
        _retries.Select(r => r.Kind).ShouldBe([EcrErrorKind.Network, EcrErrorKind.Network]);
    }

    [Fact]
    public async Task ResponseCutShort_IsRetried()
    {
        Sequence(() => Response.Create().WithFault(WireMock.ResponseBuilders.FaultType.MALFORMED_RESPONSE_CHUNK), Json(200, Ok));
        using var client = Client();

        (await client.ListImagesAsync(List)).ImageIds.Count.ShouldBe(1);

        _retries.ShouldHaveSingleItem().Kind.IsRetryable().ShouldBeTrue();
    }

    [Fact]
    public async Task ResponseSlowerThanTheAttemptTimeout_IsAbandonedAndRetried()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        // Matched by attempt number: a scenario state would only move on once the slow answer had been sent.
        _stub.Server.Given(Request.Create().UsingPost().WithHeader("amz-sdk-request", "attempt=1*"))
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Ok).WithDelay(TimeSpan.FromSeconds(3)));
        _stub.Server.Given(Request.Create().UsingPost().WithHeader("amz-sdk-request", "attempt=2*")).RespondWith(Json(200, Ok)());
        var signal = new SignalingHandler(new HttpClientHandler());
        using var client = _stub.CreateClient(o =>
        {
            o.TimeProvider = time;
            o.HttpMessageHandler = signal;
            o.AttemptTimeout = TimeSpan.FromSeconds(2);
            o.Retry.Jitter = () => 0;
            o.Retry.OnRetry = e => _retries.Add(e);
        });

        var call = client.ListImagesAsync(List);
        await signal.WaitForSendAsync();
        time.Advance(TimeSpan.FromSeconds(2));

        (await call.WaitAsync(TimeSpan.FromSeconds(20))).ImageIds.Count.ShouldBe(1);
        _retries.ShouldHaveSingleItem().Kind.ShouldBe(EcrErrorKind.Timeout);
    }

    [Fact]
    public async Task RetryAfterHeader_IsHonouredWithinItsClamp()
    {
        Sequence(Json(503, "", ("Retry-After", "2")), Json(503, "", ("x-amz-retry-after", "60000")), Json(200, Ok));
        using var client = Client();

        await client.ListImagesAsync(List);

        _retries.Select(r => r.Delay).ShouldBe([TimeSpan.FromSeconds(2), TimeSpan.FromMilliseconds(50 + 5000)]);
    }

    [Fact]
    public async Task ClockSkewOfTenMinutes_IsLearnedAndTheRequestReSignedOnce()
    {
        // The stub server's Date header is the real clock; this client's clock runs ten minutes slow.
        var slowClock = new AutoAdvancingTimeProvider(DateTimeOffset.UtcNow.AddMinutes(-10));
        var expired = """{"__type":"InvalidSignatureException","message":"Signature expired: 20261203T100000Z is now earlier than 20261203T101000Z (20261203T102500Z - 15 min.)"}""";
        Sequence(Json(400, expired), Json(200, Ok));
        using var client = Client(o =>
        {
            o.TimeProvider = slowClock;
            o.Retry.Jitter = () => 0;
        });

        await client.ListImagesAsync(List);

        var dates = _stub.Requests.Select(r => DateTimeOffset.ParseExact(EcrStub.Header(r, "X-Amz-Date"), "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)).ToList();
        dates.Count.ShouldBe(2);
        (dates[1] - dates[0]).TotalMinutes.ShouldBe(10, 0.05);
        (dates[1] - DateTimeOffset.UtcNow).Duration().ShouldBeLessThan(TimeSpan.FromSeconds(5));
        _retries.ShouldHaveSingleItem().Kind.ShouldBe(EcrErrorKind.InvalidSignature);
    }

    [Fact]
    public async Task ClockSkewFailure_IsReSignedOnlyOnce()
    {
        _stub.Respond(null, 400, """{"__type":"RequestTimeTooSkewed","message":"too skewed"}""");
        using var client = Client();

        (await Should.ThrowAsync<EcrException>(() => client.ListImagesAsync(List))).Kind.ShouldBe(EcrErrorKind.ClockSkew);

        _stub.Requests.Count.ShouldBe(2);
    }

    [Fact]
    public async Task RetryQuota_Exhausted_StopsRetriesAcrossTwoClientsOfOneEndpoint()
    {
        _stub.Respond(null, 500, """{"__type":"ServerException","message":"outage"}""");
        using var first = Client();
        using var second = Client();

        // 500 tokens, 14 a retry: 17 calls retry twice (476), the 18th once (490), then nothing is left for retries.
        for (var i = 0; i < 18; i++)
        {
            await Should.ThrowAsync<EcrException>(() => first.ListImagesAsync(List));
        }

        _stub.Requests.Count.ShouldBe((17 * 3) + 2);
        await Should.ThrowAsync<EcrException>(() => second.ListImagesAsync(List));
        _stub.Requests.Count.ShouldBe((17 * 3) + 2 + 1);
    }

    [Fact]
    public async Task RetryQuota_CanBeTurnedOff()
    {
        _stub.Respond(null, 500, "{}");
        using var client = Client(o => o.Retry.UseRetryQuota = false);

        for (var i = 0; i < 20; i++)
        {
            await Should.ThrowAsync<EcrException>(() => client.ListImagesAsync(List));
        }

        _stub.Requests.Count.ShouldBe(60);
    }

    [Fact]
    public async Task CallerCancellation_IsNotRetried_AndSurfacesAsOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        _stub.Server.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(200).WithBody(Ok).WithDelay(TimeSpan.FromSeconds(3)));
        var signal = new SignalingHandler(new HttpClientHandler()) { OnSend = cts.Cancel };
        using var client = Client(o => o.HttpMessageHandler = signal);

        await Should.ThrowAsync<OperationCanceledException>(() => client.ListImagesAsync(List, cts.Token));

        _retries.ShouldBeEmpty();
    }

    [Fact]
    public async Task ModeNone_TriesOnce()
    {
        _stub.Respond(null, 503, "");
        using var client = Client(o => o.Retry.Mode = RetryMode.None);

        await Should.ThrowAsync<EcrException>(() => client.ListImagesAsync(List));

        _stub.Requests.Count.ShouldBe(1);
        EcrStub.Header(_stub.Requests[0], "amz-sdk-request").ShouldBe("attempt=1; max=1");
    }

    [Fact]
    public async Task Environment_MaxAttemptsAndMode_ApplyWhenOptionsAreSilent()
    {
        _stub.Respond(null, 503, "");
        var env = new Dictionary<string, string> { ["AWS_MAX_ATTEMPTS"] = "5", ["AWS_RETRY_MODE"] = "adaptive" };
        using var client = new EcrClient(
            new EcrClientOptions
            {
                Region = EcrStub.Region,
                Endpoint = _stub.Endpoint,
                Credentials = new Ecr.Raw.Credentials.StaticCredentialsProvider(_stub.Credentials),
                TimeProvider = _time,
                Retry = { Jitter = () => 0 },
            },
            k => env.GetValueOrDefault(k));

        await Should.ThrowAsync<EcrException>(() => client.ListImagesAsync(List));

        _stub.Requests.Count.ShouldBe(5);
        env["AWS_RETRY_MODE"] = "sometimes";
        Should.Throw<EcrException>(() => new EcrClient(new EcrClientOptions { Region = "us-east-1", Credentials = new Ecr.Raw.Credentials.StaticCredentialsProvider(_stub.Credentials) }, k => env.GetValueOrDefault(k)))
            .Kind.ShouldBe(EcrErrorKind.Configuration);
    }

    [Fact]
    public async Task UserStrategies_RunInsideTheRetry_ForEveryAttempt()
    {
        _stub.Respond(null, 500, "{}");
        using var client = Client(o =>
        {
            o.Retry.MaxAttempts = 5;
            o.Retry.ConfigurePipeline = builder => builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = 2,
                BreakDuration = TimeSpan.FromMinutes(1),
                ShouldHandle = new PredicateBuilder().Handle<EcrException>(),
            });
        });

        await Should.ThrowAsync<BrokenCircuitException>(() => client.ListImagesAsync(List));

        _stub.Requests.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Telemetry_SpanPerOperation_EventPerRetry_AndCounters()
    {
        // The listeners are process-wide and other tests run in parallel: this test's span is told apart by its request id.
        var requestId = Guid.NewGuid().ToString();
        Sequence(Json(400, Throttle), Json(200, Ok, ("x-amzn-RequestId", requestId)));
        var activities = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "Ecr.Raw",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { lock (activities) { activities.Add(a); } },
        };
        ActivitySource.AddActivityListener(listener);
        var counts = new Dictionary<string, long>();
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "Ecr.Raw")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        var endpointPort = _stub.Endpoint.Port;
        meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            lock (counts)
            {
                counts[instrument.Name] = counts.GetValueOrDefault(instrument.Name) + value;
            }
        });
        meters.Start();
        using var client = Client();

        await client.ListImagesAsync(List);

        Activity span;
        lock (activities)
        {
            span = activities.Where(a => a.OperationName == "ECR.ListImages" && (a.GetTagItem("aws.request_id") as string) == requestId).ShouldHaveSingleItem();
        }

        span.GetTagItem("rpc.system").ShouldBe("aws-api");
        span.GetTagItem("rpc.service").ShouldBe("ECR");
        span.GetTagItem("rpc.method").ShouldBe("ListImages");
        span.GetTagItem("aws.request_id").ShouldBe(requestId);
        span.Events.ShouldHaveSingleItem().Name.ShouldBe("retry");
        lock (counts)
        {
            counts["ecr_raw.attempts"].ShouldBeGreaterThanOrEqualTo(2);
            counts["ecr_raw.retries"].ShouldBeGreaterThanOrEqualTo(1);
            counts["ecr_raw.throttles"].ShouldBeGreaterThanOrEqualTo(1);
            counts["ecr_raw.requests"].ShouldBeGreaterThanOrEqualTo(1);
        }
    }

    public void Dispose() => _stub.Dispose();
}
