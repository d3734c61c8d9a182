using System;
using System.Collections.Generic;
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
using Ecr.Raw.Signing;

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
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private readonly HttpClient _http;
    private readonly bool _ownsClient;
    private readonly IAwsCredentialsProvider _credentials;
    private readonly SigV4Signer _signer;
    private readonly TimeProvider _time;
    private readonly long _maxResponseBytes;
    private readonly TimeSpan? _operationTimeout;
    private readonly string _host;
    private readonly string _path;

    public EcrTransport(Uri endpoint, string signingRegion, IAwsCredentialsProvider credentials, EcrClientOptions options)
    {
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

    internal static string UserAgent { get; } = $"ecr-raw/{Version} lang/dotnet#{Environment.Version}";

    public async Task<TResponse> SendAsync<TRequest, TResponse>(
        string operation,
        TRequest request,
        JsonTypeInfo<TRequest> requestType,
        JsonTypeInfo<TResponse> responseType,
        CancellationToken cancellationToken)
        where TResponse : class
    {
        using var timeout = _operationTimeout is { } limit ? CreateTimeout(limit) : null;
        using var linked = timeout is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var token = linked?.Token ?? cancellationToken;

        using var body = new PooledBufferWriter();
        using (var writer = new Utf8JsonWriter(body, WriterOptions))
        {
            JsonSerializer.Serialize(writer, request, requestType);
        }

        var invocationId = Guid.NewGuid().ToString();
        try
        {
            var credentials = await _credentials.GetCredentialsAsync(token).ConfigureAwait(false);
            using var message = BuildRequest(operation, body, credentials, invocationId);
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
            var requestId = RequestIdOf(response);
            if (!response.IsSuccessStatusCode)
            {
                var errorBody = await ReadErrorBodyAsync(response, token).ConfigureAwait(false);
                throw EcrErrorClassifier.FromResponse(operation, response.StatusCode, HeaderValue(response, "X-Amzn-ErrorType"), requestId, errorBody);
            }

            return await ReadResponseAsync(operation, response, requestId, responseType, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException ex)
        {
            var what = timeout?.IsCancellationRequested == true ? $"the operation timeout of {_operationTimeout}" : "the HttpClient timeout";
            throw new EcrException(EcrErrorKind.Timeout, $"{operation} did not complete within {what}.", operation: operation, innerException: ex);
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

    private HttpRequestMessage BuildRequest(string operation, PooledBufferWriter body, AwsCredentials credentials, string invocationId)
    {
        var target = TargetPrefix + operation;
        var signable = new SignableRequest(
            "POST",
            _path,
            null,
            [new("Host", _host), new("Content-Type", ContentType), new("X-Amz-Target", target)],
            SignablePayload.FromBytes(body.WrittenMemory));
        var signature = _signer.Sign(signable, credentials, SigningRegion, SigningName, _time.GetUtcNow());

        var content = new ByteArrayContent(body.Buffer, 0, body.WrittenCount);
        content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        var message = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = content };
        var headers = message.Headers;
        headers.TryAddWithoutValidation("X-Amz-Target", target);
        headers.TryAddWithoutValidation("User-Agent", UserAgent);
        headers.TryAddWithoutValidation("amz-sdk-invocation-id", invocationId);
        headers.TryAddWithoutValidation("amz-sdk-request", "attempt=1; max=1");
        signature.ApplyTo(message);
        return message;
    }

    private async Task<TResponse> ReadResponseAsync<TResponse>(string operation, HttpResponseMessage response, string? requestId, JsonTypeInfo<TResponse> responseType, CancellationToken token)
        where TResponse : class
    {
        if (response.Content.Headers.ContentLength > _maxResponseBytes)
        {
            throw TooLarge(operation, response, requestId);
        }

#if NET8_0_OR_GREATER
        var raw = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
#else
        var raw = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        using var stream = new LengthLimitedStream(raw, _maxResponseBytes);
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

    private static string? RequestIdOf(HttpResponseMessage response) =>
        HeaderValue(response, "x-amzn-RequestId") ?? HeaderValue(response, "x-amz-request-id");

    private static string? HeaderValue(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault()
        : response.Content.Headers.TryGetValues(name, out var contentValues) ? contentValues.FirstOrDefault()
        : null;

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
