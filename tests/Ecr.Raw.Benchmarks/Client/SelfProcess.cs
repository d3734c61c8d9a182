using System.Diagnostics;

namespace Ecr.Raw.Benchmarks.Client;

/// <summary>
/// Starts this benchmark program again with other arguments. BenchmarkDotNet runs benchmarks in a generated host, so the
/// current process path is not always this program: then it is run through <c>dotnet</c> by its assembly path.
/// </summary>
internal static class SelfProcess
{
    public static ProcessStartInfo With(params string[] arguments)
    {
        var assembly = typeof(SelfProcess).Assembly;
        var current = Environment.ProcessPath!;
        var isSelf = string.Equals(Path.GetFileNameWithoutExtension(current), assembly.GetName().Name, StringComparison.Ordinal);
        var start = isSelf
            ? new ProcessStartInfo(current)
            : new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet") { ArgumentList = { assembly.Location } };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        return start;
    }
}
