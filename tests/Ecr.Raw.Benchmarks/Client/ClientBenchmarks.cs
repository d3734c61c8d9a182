using BenchmarkDotNet.Attributes;
using Ecr.Raw.Images;
using Ecr.Raw.Model;

namespace Ecr.Raw.Benchmarks.Client;

/// <summary>
/// One ListImages call (a page of 10 ids) against the loopback stand-in, sequentially and 16 in flight:
/// <c>limit</c> (bare HttpClient, no signing), <c>sdk-signer</c> (the same signed by AWSSDK.Core) and <c>ecr-raw</c>
/// (EcrClient with default options: retries on, static credentials). All share one SocketsHttpHandler configuration.
/// </summary>
[MemoryDiagnoser]
public class ClientBenchmarks
{
    private const int InFlight = 16;
    private static readonly byte[] PageBody = RawCalls.Body(null, 10);
    private static readonly ListImagesRequest Request = new() { RepositoryName = "team/app", MaxResults = 10 };

    private BenchClients _setup = null!;
    private RawCalls _raw = null!;
    private EcrClient _client = null!;

    [GlobalSetup]
    public async Task StartAsync()
    {
        _setup = await BenchClients.StartAsync();
        _raw = _setup.Raw;
        _client = _setup.Client;
        if ((await _client.ListImagesAsync(Request)).ImageIds.Count != 10 || (await _raw.ListAsync(PageBody, sign: true)).ImageIds.Count != 10)
        {
            throw new InvalidOperationException("The stand-in did not answer as expected.");
        }
    }

    [GlobalCleanup]
    public async Task StopAsync()
    {
        await _setup.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "limit: raw HttpClient, sequential")]
    public Task<ListImagesResponse> Limit() => _raw.ListAsync(PageBody, sign: false);

    [Benchmark(Description = "sdk-signer: + AWSSDK.Core AWS4Signer, sequential")]
    public Task<ListImagesResponse> SdkSigner() => _raw.ListAsync(PageBody, sign: true);

    [Benchmark(Description = "ecr-raw: EcrClient.ListImagesAsync, sequential")]
    public Task<ListImagesResponse> EcrRaw() => _client.ListImagesAsync(Request);

    [Benchmark(OperationsPerInvoke = InFlight, Description = "limit: 16 in flight")]
    public Task LimitConcurrent() => Concurrently(() => _raw.ListAsync(PageBody, sign: false));

    [Benchmark(OperationsPerInvoke = InFlight, Description = "sdk-signer: 16 in flight")]
    public Task SdkSignerConcurrent() => Concurrently(() => _raw.ListAsync(PageBody, sign: true));

    [Benchmark(OperationsPerInvoke = InFlight, Description = "ecr-raw: 16 in flight")]
    public Task EcrRawConcurrent() => Concurrently(() => _client.ListImagesAsync(Request));

    private static Task Concurrently(Func<Task<ListImagesResponse>> call)
    {
        var calls = new Task[InFlight];
        for (var i = 0; i < calls.Length; i++)
        {
            calls[i] = call();
        }

        return Task.WhenAll(calls);
    }
}
