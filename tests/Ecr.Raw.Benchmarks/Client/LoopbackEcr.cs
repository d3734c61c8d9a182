using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Ecr.Raw.Benchmarks.Client;

/// <summary>
/// A fast ECR stand-in on Kestrel, 127.0.0.1: ListImages, DescribeImages and BatchGetImage answered with canned pages
/// that honour maxResults and nextToken ("p1".."p99": 100 pages in all). No signature checks: it measures the client.
/// </summary>
public sealed class LoopbackEcr : IAsyncDisposable
{
    public const int Pages = 100;
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<(int Size, int Page), byte[]> _listPages = new();
    private readonly byte[] _describe = Encoding.UTF8.GetBytes("""{"imageDetails":[{"registryId":"123456789012","repositoryName":"team/app","imageDigest":"sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","imageTags":["v1"],"imageSizeInBytes":52428800,"imagePushedAt":1.688712875E9,"imageManifestMediaType":"application/vnd.docker.distribution.manifest.v2+json"}]}""");
    private readonly byte[] _batchGet = Encoding.UTF8.GetBytes("""{"images":[{"registryId":"123456789012","repositoryName":"team/app","imageId":{"imageDigest":"sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","imageTag":"v1"},"imageManifest":"{\"schemaVersion\":2}","imageManifestMediaType":"application/vnd.docker.distribution.manifest.v2+json"}],"failures":[]}""");

    private LoopbackEcr(WebApplication app)
    {
        _app = app;
    }

    public Uri Endpoint { get; private set; } = null!;

    public static async Task<LoopbackEcr> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var server = new LoopbackEcr(builder.Build());
        server._app.MapPost("/", server.HandleAsync);
        await server._app.StartAsync();
        server.Endpoint = new Uri(server._app.Urls.First());
        return server;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var target = context.Request.Headers["X-Amz-Target"].ToString();
        var operation = target[(target.LastIndexOf('.') + 1)..];
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        var (maxResults, page) = ReadPaging(body.GetBuffer().AsSpan(0, (int)body.Length));
        var answer = operation switch
        {
            "ListImages" => _listPages.GetOrAdd((maxResults, page), static key => ListPage(key.Size, key.Page)),
            "DescribeImages" => _describe,
            "BatchGetImage" => _batchGet,
            _ => null,
        };
        if (answer is null)
        {
            context.Response.StatusCode = 400;
            return;
        }

        context.Response.ContentType = "application/x-amz-json-1.1";
        context.Response.Headers["x-amzn-RequestId"] = "bench";
        context.Response.ContentLength = answer.Length;
        await context.Response.Body.WriteAsync(answer);
    }

    private static (int MaxResults, int Page) ReadPaging(ReadOnlySpan<byte> json)
    {
        var maxResults = 100;
        var page = 0;
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            if (reader.ValueTextEquals("maxResults"u8) && reader.Read())
            {
                maxResults = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("nextToken"u8) && reader.Read())
            {
                page = int.Parse(reader.GetString()![1..], CultureInfo.InvariantCulture);
            }
        }

        return (maxResults, page);
    }

    private static byte[] ListPage(int size, int page)
    {
        var text = new StringBuilder("{\"imageIds\":[");
        for (var i = 0; i < size; i++)
        {
            var n = (page * size) + i;
            text.Append(i == 0 ? "" : ",")
                .Append("{\"imageDigest\":\"sha256:").Append(n.ToString("x64", CultureInfo.InvariantCulture))
                .Append("\",\"imageTag\":\"build-").Append(n.ToString(CultureInfo.InvariantCulture)).Append("\"}");
        }

        text.Append(']');
        if (page + 1 < Pages)
        {
            text.Append(",\"nextToken\":\"p").Append((page + 1).ToString(CultureInfo.InvariantCulture)).Append('"');
        }

        return Encoding.UTF8.GetBytes(text.Append('}').ToString());
    }
}
