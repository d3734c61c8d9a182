using BenchmarkDotNet.Attributes;
using Ecr.Raw.Credentials;
using Ecr.Raw.Images;

namespace Ecr.Raw.Benchmarks.Client;

/// <summary>Paging 100,000 image ids (100 pages of 1,000): the raw loop against ImageService.EnumerateImagesAsync.</summary>
[MemoryDiagnoser]
public class PagingBenchmarks
{
    private LoopbackEcr _server = null!;
    private HttpClient _http = null!;
    private RawCalls _raw = null!;
    private EcrClient _client = null!;
    private ImageService _images = null!;

    [GlobalSetup]
    public async Task StartAsync()
    {
        _server = await LoopbackEcr.StartAsync();
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) });
        _raw = new RawCalls(_server.Endpoint, _http);
        _client = new EcrClient(new EcrClientOptions
        {
            Region = "us-east-1",
            Endpoint = _server.Endpoint,
            Credentials = new StaticCredentialsProvider(new AwsCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")),
        });
        _images = new ImageService(_client);
        if (await EcrRawPaging() != 100_000 || await LimitPaging() != 100_000)
        {
            throw new InvalidOperationException("Paging did not see 100,000 ids.");
        }
    }

    [GlobalCleanup]
    public async Task StopAsync()
    {
        _client.Dispose();
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "limit: raw loop, 100 pages of 1,000")]
    public Task<int> LimitPaging() => PagingRuns.RawAsync(_raw);

    [Benchmark(Description = "ecr-raw: ImageService.EnumerateImagesAsync, 100 pages of 1,000")]
    public Task<int> EcrRawPaging() => PagingRuns.EnumerateAsync(_images);
}
