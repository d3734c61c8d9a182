using System.Diagnostics;
using System.Globalization;
using Ecr.Raw.Credentials;
using Ecr.Raw.Images;

namespace Ecr.Raw.Benchmarks.Client;

/// <summary>
/// Peak working set while paging, one fresh process per variant and page count (BenchmarkDotNet measures allocations,
/// not peak memory): <c>probe limit|ecr-raw PAGES</c> prints the peak in bytes.
/// </summary>
public static class PeakMemoryProbe
{
    public static async Task<int> RunAsync(string variant, int pages)
    {
        await using var server = await LoopbackEcr.StartAsync();
        using var http = new HttpClient(new SocketsHttpHandler());
        using var client = new EcrClient(new EcrClientOptions
        {
            Region = "us-east-1",
            Endpoint = server.Endpoint,
            Credentials = new StaticCredentialsProvider(new AwsCredentials("AKIDEXAMPLE", "secret")),
        });
        var raw = new RawCalls(server.Endpoint, http);
        var images = new ImageService(client);
        var seen = 0;
        for (var run = 0; run < pages / LoopbackEcr.Pages; run++)
        {
            seen += variant == "limit" ? await PagingRuns.RawAsync(raw) : await PagingRuns.EnumerateAsync(images);
        }

        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine(self.PeakWorkingSet64.ToString(CultureInfo.InvariantCulture) + " " + seen.ToString(CultureInfo.InvariantCulture));
        return 0;
    }

    /// <summary>Runs the probe in child processes and prints the table.</summary>
    public static int Report()
    {
        Console.WriteLine("| Paging (ids) | limit peak working set | ecr-raw peak working set | ratio |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var pages in new[] { 100, 500 })
        {
            var limit = Child("limit", pages);
            var ecrRaw = Child("ecr-raw", pages);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {pages * 1000:N0} | {limit / 1048576.0:F1} MiB | {ecrRaw / 1048576.0:F1} MiB | {(double)ecrRaw / limit:F2} |"));
        }

        return 0;
    }

    private static long Child(string variant, int pages)
    {
        var start = SelfProcess.With("probe", variant, pages.ToString(CultureInfo.InvariantCulture));

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd().Trim().Split(' ');
        process.WaitForExit();
        return long.Parse(output[0], CultureInfo.InvariantCulture);
    }
}
