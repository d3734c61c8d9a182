using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace Ecr.Raw.Cli.Diagnostics;

/// <summary>
/// --debug: every attempt's request and response (line, headers, body) on standard error, as the client sends and
/// receives them, signed; the Authorization header, session token and registry password are masked.
/// </summary>
internal sealed class DebugTraceHandler : DelegatingHandler
{
    private readonly TextWriter _log;

    /// <summary>Creates a handler writing to <paramref name="log"/> in front of <paramref name="inner"/>.</summary>
    public DebugTraceHandler(TextWriter log, HttpMessageHandler inner)
        : base(inner)
    {
        _log = log;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _log.WriteLine($"DEBUG request: {request.Method} {request.RequestUri} HTTP/{request.Version}");
        WriteHeaders("request", request.Headers);
        if (request.Content is { } content)
        {
            WriteHeaders("request", content.Headers);
            _log.WriteLine("DEBUG request body: " + Redactor.Body(await content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)));
        }

        var started = Stopwatch.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            _log.WriteLine($"DEBUG request failed after {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms: {ex.Message}");
            throw;
        }

        _log.WriteLine($"DEBUG response: {(int)response.StatusCode} {response.ReasonPhrase} in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms");
        WriteHeaders("response", response.Headers);
        WriteHeaders("response", response.Content.Headers);

        // Buffered so the client still reads the whole body after the trace has.
        await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        _log.WriteLine("DEBUG response body: " + Redactor.Body(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)));
        _log.Flush();
        return response;
    }

    private void WriteHeaders(string direction, HttpHeaders headers)
    {
        foreach (var (name, values) in headers.NonValidated)
        {
            _log.WriteLine($"DEBUG {direction} header: {name}: {Redactor.Header(name, string.Join(", ", values))}");
        }
    }
}
