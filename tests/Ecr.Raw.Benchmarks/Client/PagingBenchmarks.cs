using BenchmarkDotNet.Attributes;
using Ecr.Raw.Images;

namespace Ecr.Raw.Benchmarks.Client;

/// <summary>Paging 100,000 image ids (100 pages of 1,000): the raw loop against ImageService.EnumerateImagesAsync.</summary>
[MemoryDiagnoser]
public class PagingBenchmarks
{
    private BenchClients _setup = null!;
    private RawCalls _raw = null!;
    private EcrClient _client = null!;
    private ImageService _images = null!;

    [GlobalSetup]
    public async Task StartAsync()
    {
        _setup = await BenchClients.StartAsync();
        _raw = _setup.Raw;
        _client = _setup.Client;
        _images = new ImageService(_client);
        if (await EcrRawPaging() != 100_000 || await LimitPaging() != 100_000)
        {
            throw new InvalidOperationException("Paging did not see 100,000 ids.");
        }
    }

    [GlobalCleanup]
    public async Task StopAsync()
    {
        await _setup.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "limit: raw loop, 100 pages of 1,000")]
    public Task<int> LimitPaging() => PagingRuns.RawAsync(_raw);

    [Benchmark(Description = "ecr-raw: ImageService.EnumerateImagesAsync, 100 pages of 1,000")]
    public Task<int> EcrRawPaging() => PagingRuns.EnumerateAsync(_images);
}
