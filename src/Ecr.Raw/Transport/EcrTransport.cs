using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Ecr.Raw.Credentials;
using Ecr.Raw.Errors;
using Ecr.Raw.Internal;
using Ecr.Raw.Retry;
using Ecr.Raw.Signing;
using Ecr.Raw.Telemetry;
using Polly;
using Polly.Timeout;

namespace Ecr.Raw.Transport;

/// <summary>
/// The one send path of every ECR operation: serialise, POST with the JSON-1.1 target, sign, send, classify, deserialise.
/// </summary>
internal sealed class EcrTransport : IDisposable
{
    internal const string TargetPrefix = "AmazonEC2ContainerRegistry_V20150921.";
    internal const string ContentType = "application/x-amz-json-1.1";
    internal const string SigningName = "ecr";

    private static readonly Lazy<HttpClient> SharedClient = new(CreateSharedClient);
    private static readonly string Version = typeof(EcrTransport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    // The bodies go to an API, never into HTML: escape only what JSON requires, so manifests travel as written.
    internal static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private readonly HttpClient _http;
    private readonly bool _ownsClient;
    private readonly IAwsCredentialsProvider _credentials;
    private readonly SigV4Signer _signer;
    private readonly TimeProvider _time;
    private readonly long _maxResponseBytes;
    private readonly TimeSpan? _operationTimeout;
    private readonly string _host;
    private readonly EcrRetryPolicy _retry;
    private readonly ClockSkew _skew = new();
    private readonly string[] _attemptHeaders;
    private readonly string _path;

    public EcrTransport(Uri endpoint, string signingRegion, IAwsCredentialsProvider credentials, EcrClientOptions options, Func<string, string?> getEnvironmentVariable)
    {
        _retry = EcrRetryPolicy.Create(options, endpoint, getEnvironmentVariable);
        _attemptHeaders = new string[Math.Min(_retry.MaxAttempts, 16)];
        for (var i = 0; i < _attemptHeaders.Length; i++)
        {
            _attemptHeaders[i] = "attempt=" + (i + 1).ToString(CultureInfo.InvariantCulture) + "; max=" + _retry.MaxAttempts.ToString(CultureInfo.InvariantCulture);
        }

        Endpoint = endpoint;
        SigningRegion = signingRegion;
        _credentials = credentials;
        _signer = options.Signer ?? SigV4Signer.Shared;
        _time = options.TimeProvider ?? TimeProvider.System;
        if (options.MaxResponseBytes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxResponseBytes, "EcrClientOptions.MaxResponseBytes must be positive.");
        }

        _maxResponseBytes = options.MaxResponseBytes;
        _operationTimeout = options.OperationTimeout;
        (_http, _ownsClient) = options.HttpClient is { } client ? (client, false)
            : options.HttpMessageHandler is { } handler ? (new HttpClient(handler, disposeHandler: false), true)
            : (SharedClient.Value, false);

        // Exactly what HttpClient will send as Host: the port only when it is not the scheme's default.
        _host = endpoint.Authority;
        _path = endpoint.AbsolutePath;
    }

    public Uri Endpoint { get; }

    public string SigningRegion { get; }

    internal EcrRetryPolicy RetryPolicy => _retry;

    internal ClockSkew ClockSkew => _skew;

    internal static string UserAgent { get; } = $"ecr-raw/{Version} lang/dotnet#{Environment.Version}";

    public async Task<TResponse> SendAsync<TRequest, TResponse>(
        string operation,
        TRequest request,
        JsonTypeInfo<TRequest> requestType,
        JsonTypeInfo<TResponse> responseType,
        CancellationToken cancellationToken)
        where TResponse : class
    {
        var operationTag = new KeyValuePair<string, object?>("rpc.method", operation);
        EcrTelemetry.Requests.Add(1, operationTag);
        using var activity = StartActivity(operation);
        var started = _time.GetTimestamp();

        using var timeout = _operationTimeout is { } limit ? CreateTimeout(limit) : null;
        using var linked = timeout is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var token = linked?.Token ?? cancellationToken;

        // Serialised once; every attempt sends the same bytes in a freshly built and signed request.
        using var body = new PooledBufferWriter();
        var writer = RentWriter(body);
        try
        {
            JsonSerializer.Serialize(writer, request, requestType);
            writer.Flush();
        }
        finally
        {
            writer.Reset();
        }

        var state = new AttemptState(operation, Guid.NewGuid().ToString(), _retry.MaxAttempts) { CanRefreshCredentials = _credentials is IExpirableCredentials };
        var context = ResilienceContextPool.Shared.Get(token);
        context.Properties.Set(AttemptState.Key, state);
        try
        {
            var result = await _retry.Pipeline.ExecuteAsync(
                static (ctx, s) => s.Transport.SendAttemptAsync(s.State, s.Body, s.ResponseType, ctx.CancellationToken),
                context,
                (Transport: this, State: state, Body: body, ResponseType: responseType)).ConfigureAwait(false);

            // A first-time success puts a token back; a successful retry gives back what it cost.
            _retry.Quota?.Release(state.Attempt <= 1 ? RetryQuota.SuccessRefund : state.LastRetryCost);
            activity?.SetTag("aws.request_id", result.RequestId);
            return result.Response;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            activity?.SetStatus(ActivityStatusCode.Error, "cancelled");
            throw;
        }
        catch (Exception ex) when (ex is OperationCanceledException or TimeoutRejectedException)
        {
            var error = new EcrException(
                EcrErrorKind.Timeout,
                ex is TimeoutRejectedException
                    ? $"{operation} did not complete: each of {state.Attempt} attempt(s) exceeded the attempt timeout."
                    : $"{operation} did not complete within the operation timeout of {_operationTimeout}.",
                operation: operation,
                innerException: ex);
            MarkFailed(activity, error);
            throw error;
        }
        catch (EcrException ex)
        {
            MarkFailed(activity, ex);
            throw;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
            EcrTelemetry.Duration.Record(ElapsedSeconds(started), operationTag);
        }
    }

    /// <summary>One attempt: a fresh request, signed now (with the learned clock offset), sent and classified.</summary>
    private async ValueTask<AttemptResult<TResponse>> SendAttemptAsync<TResponse>(AttemptState state, PooledBufferWriter body, JsonTypeInfo<TResponse> responseType, CancellationToken token)
        where TResponse : class
    {
        state.Attempt++;
        var operation = state.Operation;
        EcrTelemetry.Attempts.Add(1, new KeyValuePair<string, object?>("rpc.method", operation));
        try
        {
            if (_retry.Limiter is { } limiter)
            {
                await limiter.AcquireAsync(token).ConfigureAwait(false);
            }

            var credentials = await _credentials.GetCredentialsAsync(token).ConfigureAwait(false);
            var sentAt = _time.GetUtcNow();
            using var message = BuildRequest(state, body, credentials, sentAt + _skew.Offset);
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
            _skew.Observe(DateOf(response), HasHeader(response, "Age"), sentAt, _time.GetUtcNow());
            var requestId = RequestIdOf(response);
            if (!response.IsSuccessStatusCode)
            {
                var errorBody = await ReadErrorBodyAsync(response, token).ConfigureAwait(false);
                var error = EcrErrorClassifier.FromResponse(operation, response.StatusCode, HeaderValue(response, "X-Amzn-ErrorType"), requestId, errorBody);
                error.RetryAfter = RetryAfterOf(response);
                if (error.Kind == EcrErrorKind.ExpiredToken)
                {
                    (_credentials as IExpirableCredentials)?.MarkExpired(credentials);
                }

                if (error.Kind.IsThrottling())
                {
                    EcrTelemetry.Throttles.Add(1, new KeyValuePair<string, object?>("rpc.method", operation));
                }

                _retry.Limiter?.OnResponse(throttled: error.Kind.IsThrottling());
                throw error;
            }

            _retry.Limiter?.OnResponse(throttled: false);
            var parsed = await ReadResponseAsync(operation, response, requestId, responseType, token).ConfigureAwait(false);
            return new AttemptResult<TResponse>(parsed, requestId);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException ex)
        {
            throw new EcrException(EcrErrorKind.Timeout, $"{operation} attempt {state.Attempt} hit the HttpClient timeout.", operation: operation, innerException: ex);
        }
        catch (HttpRequestException ex)
        {
            throw new EcrException(EcrErrorKind.Network, $"{operation} could not reach {_host}: {ex.Message}", operation: operation, innerException: ex);
        }
        catch (IOException ex) when (ex is not ResponseTooLargeException)
        {
            throw new EcrException(EcrErrorKind.Network, $"The response to {operation} was cut short: {ex.Message}", operation: operation, innerException: ex);
        }
    }

    public void Dispose()
    {
        if (_ownsClient)
        {
            _http.Dispose();
        }
    }

    private HttpRequestMessage BuildRequest(AttemptState state, PooledBufferWriter body, AwsCredentials credentials, DateTimeOffset signingTime)
    {
        var target = TargetPrefix + state.Operation;
        var signable = new SignableRequest(
            "POST",
            _path,
            null,
            [new("Host", _host), new("Content-Type", ContentType), new("X-Amz-Target", target)],
            SignablePayload.FromBytes(body.WrittenMemory));
        var signature = _signer.Sign(signable, credentials, SigningRegion, SigningName, signingTime);

        var content = new ByteArrayContent(body.Buffer, 0, body.WrittenCount);
        content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        var message = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = content };
        var headers = message.Headers;
        headers.TryAddWithoutValidation("X-Amz-Target", target);
        headers.TryAddWithoutValidation("User-Agent", UserAgent);
        headers.TryAddWithoutValidation("amz-sdk-invocation-id", state.InvocationId);
        headers.TryAddWithoutValidation("amz-sdk-request", AttemptHeader(state.Attempt, state.MaxAttempts));
        signature.ApplyTo(message);
        return message;
    }

    private async Task<TResponse> ReadResponseAsync<TResponse>(string operation, HttpResponseMessage response, string? requestId, JsonTypeInfo<TResponse> responseType, CancellationToken token)
        where TResponse : class
    {
        var length = response.Content.Headers.ContentLength;
        if (length > _maxResponseBytes)
        {
            throw TooLarge(operation, response, requestId);
        }

#if NET8_0_OR_GREATER
        var raw = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
#else
        var raw = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif

        // HttpClient reads no further than a declared Content-Length, checked above; only an undeclared (chunked) body
        // needs counting as it streams.
        using var stream = length is null ? new LengthLimitedStream(raw, _maxResponseBytes) : raw;
        try
        {
            return await JsonSerializer.DeserializeAsync(stream, responseType, token).ConfigureAwait(false)
                ?? throw new EcrException(EcrErrorKind.InvalidResponse, $"The response to {operation} was JSON null.", statusCode: response.StatusCode, requestId: requestId, operation: operation);
        }
        catch (JsonException ex)
        {
            throw new EcrException(EcrErrorKind.InvalidResponse, $"The response to {operation} is not valid ECR JSON: {ex.Message}", statusCode: response.StatusCode, requestId: requestId, operation: operation, innerException: ex);
        }
        catch (ResponseTooLargeException)
        {
            throw TooLarge(operation, response, requestId);
        }
    }

    private async Task<byte[]> ReadErrorBodyAsync(HttpResponseMessage response, CancellationToken token)
    {
        // Error documents are small; anything past 64 KiB (or the configured cap) is not needed to classify them.
        var limit = (int)Math.Min(_maxResponseBytes, 64 * 1024);
#if NET8_0_OR_GREATER
        using var stream = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
#else
        using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        var buffer = new byte[limit];
        var total = 0;
        int read;
        while (total < limit && (read = await stream.ReadAsync(buffer, total, limit - total, token).ConfigureAwait(false)) > 0)
        {
            total += read;
        }

        Array.Resize(ref buffer, total);
        return buffer;
    }

    private EcrException TooLarge(string operation, HttpResponseMessage response, string? requestId) =>
        new(EcrErrorKind.ResponseTooLarge, $"The response to {operation} is larger than EcrClientOptions.MaxResponseBytes ({_maxResponseBytes} bytes).", statusCode: response.StatusCode, requestId: requestId, operation: operation);

    /// <summary><c>attempt=N; max=M</c>, built once per client for the attempts it can make.</summary>
    private string AttemptHeader(int attempt, int max) =>
        max == _retry.MaxAttempts && attempt <= _attemptHeaders.Length
            ? _attemptHeaders[attempt - 1]
            : "attempt=" + attempt.ToString(CultureInfo.InvariantCulture) + "; max=" + max.ToString(CultureInfo.InvariantCulture);

    private static Activity? StartActivity(string operation)
    {
        var activity = EcrTelemetry.Source.StartActivity("ECR." + operation, ActivityKind.Client);
        if (activity is not null)
        {
            activity.SetTag("rpc.system", "aws-api");
            activity.SetTag("rpc.service", "ECR");
            activity.SetTag("rpc.method", operation);
        }

        return activity;
    }

    private static void MarkFailed(Activity? activity, EcrException error)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetStatus(ActivityStatusCode.Error, error.Kind.ToString());
        activity.SetTag("error.type", error.ErrorCode ?? error.Kind.ToString());
        if (error.RequestId is not null)
        {
            activity.SetTag("aws.request_id", error.RequestId);
        }
    }

    private double ElapsedSeconds(long started) => (_time.GetTimestamp() - started) / (double)_time.TimestampFrequency;

    /// <summary><c>x-amz-retry-after</c> (milliseconds), else <c>Retry-After</c> (seconds or an HTTP date).</summary>
    private TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        if (HeaderValue(response, "x-amz-retry-after") is { } amz && long.TryParse(amz, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds))
        {
            return TimeSpan.FromMilliseconds(milliseconds);
        }

        return response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - _time.GetUtcNow() is { Ticks: > 0 } wait ? wait : TimeSpan.Zero,
            _ => null,
        };
    }

    private static string? RequestIdOf(HttpResponseMessage response) =>
        HeaderValue(response, "x-amzn-RequestId") ?? HeaderValue(response, "x-amz-request-id");

    /// <summary>A response header's first value, read without the typed-header parsing (and allocations) of HttpHeaders.</summary>
    private static string? HeaderValue(HttpResponseMessage response, string name)
    {
#if NET8_0_OR_GREATER
        if (response.Headers.NonValidated.TryGetValues(name, out var values) || response.Content.Headers.NonValidated.TryGetValues(name, out values))
        {
            foreach (var value in values)
            {
                return value;
            }
        }

        return null;
#else
        return response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault()
            : response.Content.Headers.TryGetValues(name, out var contentValues) ? contentValues.FirstOrDefault()
            : null;
#endif
    }

    private static bool HasHeader(HttpResponseMessage response, string name) =>
#if NET8_0_OR_GREATER
        response.Headers.NonValidated.Contains(name);
#else
        response.Headers.Contains(name);
#endif

    private static DateTimeOffset? DateOf(HttpResponseMessage response) =>
        HeaderValue(response, "Date") is { } text && DateTimeOffset.TryParseExact(text, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;

    /// <summary>One JSON writer per thread, re-pointed at each request's buffer: writers are not cheap to create.</summary>
    private static Utf8JsonWriter RentWriter(PooledBufferWriter body)
    {
        var writer = t_writer;
        if (writer is null)
        {
            writer = t_writer = new Utf8JsonWriter(body, WriterOptions);
        }
        else
        {
            writer.Reset(body);
        }

        return writer;
    }

    private CancellationTokenSource CreateTimeout(TimeSpan limit)
    {
#if NET8_0_OR_GREATER
        return new CancellationTokenSource(limit, _time);
#else
        return _time.CreateCancellationTokenSource(limit);
#endif
    }

    private static HttpClient CreateSharedClient()
    {
#if NET8_0_OR_GREATER
        var handler = new SocketsHttpHandler
        {
            // Recycle connections so DNS changes (ECR endpoints move) are picked up.
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            AutomaticDecompression = System.Net.DecompressionMethods.None,
        };
#else
        var handler = new HttpClientHandler();
#endif
        return new HttpClient(handler);
    }
}
