using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Ecr.Raw.Benchmarks.Signing;
using Ecr.Raw.Model;

namespace Ecr.Raw.Benchmarks.Client;

/// <summary>
/// The peers of EcrClient: <c>limit</c>, a bare HttpClient posting a pre-built body with static headers and parsing with
/// source-generated System.Text.Json (no signing: the floor), and <c>sdk-signer</c>, the same signed by AWSSDK.Core.
/// </summary>
public sealed class RawCalls(Uri endpoint, HttpClient http)
{
    private static readonly MediaTypeHeaderValue JsonType = MediaTypeHeaderValue.Parse("application/x-amz-json-1.1");
    private readonly AwsSdkPeer _sdk = new();

    public static byte[] Body(string? nextToken, int maxResults) =>
        Encoding.UTF8.GetBytes(nextToken is null
            ? $$"""{"repositoryName":"team/app","maxResults":{{maxResults}}}"""
            : $$"""{"repositoryName":"team/app","nextToken":"{{nextToken}}","maxResults":{{maxResults}}}""");

    public async Task<ListImagesResponse> ListAsync(byte[] body, bool sign)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = JsonType;
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "AmazonEC2ContainerRegistry_V20150921.ListImages");
        if (sign)
        {
            foreach (var header in _sdk.SignHeaders(body, endpoint, DateTime.UtcNow))
            {
                request.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync();
        return (await JsonSerializer.DeserializeAsync(stream, BenchJsonContext.Default.ListImagesResponse))!;
    }
}
