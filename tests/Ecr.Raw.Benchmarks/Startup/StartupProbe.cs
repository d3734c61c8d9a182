using System.Diagnostics;
using System.Globalization;
using System.Text;
using Ecr.Raw.Benchmarks.Client;

namespace Ecr.Raw.Benchmarks.Startup;

/// <summary>
/// Start-up side by side, whole processes: the raw AOT peer (HttpClient and a hand-made signature), ecr-raw as a Native
/// AOT file, ecr-raw as a .NET tool (JIT) and the AWS CLI, each making the same single signed ListImages call to the
/// loopback stand-in. Wall time is measured around each process; peak RSS is what /usr/bin/time reports for it.
/// </summary>
public static class StartupProbe
{
    private const int Warmup = 3;

    public static async Task<int> RunAsync(string ecrRaw, string peer, string tool, string output)
    {
        await using var server = await LoopbackEcr.StartAsync();
        var endpoint = server.Endpoint.ToString();
        var aws = FindOnPath("aws");
        var programs = new List<(string Name, string File, string[] Args, int Runs, string? Binary)>
        {
            ("raw AOT peer (HttpClient + SigV4 by hand)", peer, [endpoint, "us-east-1", "bench"], 60, peer),
            ("ecr-raw list-images (Native AOT)", ecrRaw, ["list-images", "--repository-name", "bench", "--endpoint-url", endpoint, "--no-paginate"], 60, ecrRaw),
        };
        if (File.Exists(tool))
        {
            programs.Add(("ecr-raw list-images (.NET tool, JIT)", "dotnet", [tool, "list-images", "--repository-name", "bench", "--endpoint-url", endpoint, "--no-paginate"], 10, null));
        }

        if (aws is not null)
        {
            programs.Add(("aws ecr list-images (AWS CLI)", aws, ["ecr", "list-images", "--repository-name", "bench", "--endpoint-url", endpoint, "--no-paginate"], 10, null));
        }

        // Interleaved, one run of each program per round, so that drift on the machine touches them alike; the two
        // native programs first, among themselves, then the two slow ones, whose runs would otherwise slow theirs.
        var times = programs.Select(_ => new List<double>()).ToList();
        var rss = programs.Select(_ => new List<double>()).ToList();
        foreach (var group in new[] { programs.Take(2).ToList(), programs.Skip(2).ToList() })
        {
            for (var round = 0; round < Warmup + group.Select(p => p.Runs).DefaultIfEmpty(0).Max(); round++)
            {
                foreach (var program in group.Where(p => round < Warmup + p.Runs))
                {
                    var i = programs.IndexOf(program);
                    var (ms, kib) = await RunOnceAsync(program.File, program.Args);
                    if (round >= Warmup)
                    {
                        times[i].Add(ms);
                        rss[i].Add(kib / 1024.0);
                    }
                }
            }
        }

        var rows = new List<(string Name, long? Size, double Median, double Min, double Rss)>();
        for (var i = 0; i < programs.Count; i++)
        {
            times[i].Sort();
            rss[i].Sort();
            var (name, _, _, runs, binary) = programs[i];
            rows.Add((name, binary is null ? null : new FileInfo(binary).Length, times[i][times[i].Count / 2], times[i][0], rss[i][rss[i].Count / 2]));
            Console.WriteLine($"{name}: median {times[i][times[i].Count / 2]:F1} ms over {runs} runs");
        }

        var peerMedian = rows[0].Median;
        var awsMedian = rows.FirstOrDefault(r => r.Name.StartsWith("aws", StringComparison.Ordinal)).Median;
        var table = new StringBuilder()
            .AppendLine("| program | binary | wall time (median) | fastest | peak RSS (median) | vs raw peer | vs AWS CLI |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Name} | {(row.Size is { } size ? $"{size / 1048576.0:F1} MB" : "–")} | {row.Median:F1} ms | {row.Min:F1} ms | {row.Rss:F1} MiB | {row.Median / peerMedian:F2}× | {(awsMedian > 0 ? $"1/{awsMedian / row.Median:F0}" : "–")} |");
        }

        Console.WriteLine();
        Console.Write(table);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllTextAsync(output, table.ToString());
        return 0;
    }

    private static async Task<(double Milliseconds, long PeakKib)> RunOnceAsync(string file, string[] args)
    {
        var rssFile = Path.GetTempFileName();
        try
        {
            var start = new ProcessStartInfo("/usr/bin/time") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "-f", "%M", "-o", rssFile, file }.Concat(args))
            {
                start.ArgumentList.Add(arg);
            }

            foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.Ordinal)).ToList())
            {
                start.Environment.Remove(name);
            }

            start.Environment["AWS_ACCESS_KEY_ID"] = "AKIDEXAMPLE";
            start.Environment["AWS_SECRET_ACCESS_KEY"] = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
            start.Environment["AWS_REGION"] = "us-east-1";
            start.Environment["AWS_DEFAULT_REGION"] = "us-east-1";
            start.Environment["AWS_CONFIG_FILE"] = "/nonexistent/config";
            start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/credentials";
            start.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
            start.Environment["AWS_PAGER"] = string.Empty;

            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            watch.Stop();
            if (process.ExitCode != 0 || !(await stdout).Contains("imageIds", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{file} failed with exit code {process.ExitCode}: {await stderr}");
            }

            var kib = long.Parse((await File.ReadAllTextAsync(rssFile)).Trim().Split('\n')[^1], CultureInfo.InvariantCulture);
            return (watch.Elapsed.TotalMilliseconds, kib);
        }
        finally
        {
            File.Delete(rssFile);
        }
    }

    private static string? FindOnPath(string name) => (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(d => Path.Combine(d, name))
        .FirstOrDefault(File.Exists);
}
