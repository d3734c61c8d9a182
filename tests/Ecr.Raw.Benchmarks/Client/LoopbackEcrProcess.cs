using System.Diagnostics;

namespace Ecr.Raw.Benchmarks.Client;

/// <summary>
/// The loopback stand-in in a child process, so that the measured process holds only the client: BenchmarkDotNet's
/// allocation figures count every thread of the process, and an in-process Kestrel would add its own to each call.
/// </summary>
public sealed class LoopbackEcrProcess : IAsyncDisposable
{
    private readonly Process _process;

    private LoopbackEcrProcess(Process process, Uri endpoint)
    {
        _process = process;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public static async Task<LoopbackEcrProcess> StartAsync()
    {
        var start = SelfProcess.With("serve");
        start.RedirectStandardInput = true;

        var process = Process.Start(start)!;
        var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
        if (line is null || !Uri.TryCreate(line, UriKind.Absolute, out var endpoint))
        {
            process.Kill();
            throw new InvalidOperationException("The stand-in process did not report its endpoint.");
        }

        return new LoopbackEcrProcess(process, endpoint);
    }

    /// <summary>The child's side: serve until stdin closes.</summary>
    public static async Task<int> ServeAsync()
    {
        await using var server = await LoopbackEcr.StartAsync();
        Console.WriteLine(server.Endpoint);
        await Console.In.ReadToEndAsync();
        return 0;
    }

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        if (!_process.WaitForExit(10_000))
        {
            _process.Kill();
        }

        _process.Dispose();
        await Task.CompletedTask;
    }
}
