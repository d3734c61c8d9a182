using System.Diagnostics;
using Ecr.Raw.Credentials;

namespace Ecr.Raw.Tests.Cli;

/// <summary>The AWS CLI installed on this machine, run as a process with only the credentials it is given.</summary>
public static class AwsCli
{
    public static readonly string? Executable = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(d => Path.Combine(d, "aws"))
        .FirstOrDefault(File.Exists);

    /// <summary>A process of <paramref name="file"/> that sees no AWS_* variable of the test run but the given key pair.</summary>
    public static ProcessStartInfo IsolatedStart(string file, AwsCredentials credentials, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["AWS_ACCESS_KEY_ID"] = credentials.AccessKeyId;
        start.Environment["AWS_SECRET_ACCESS_KEY"] = credentials.SecretAccessKey;
        start.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        return start;
    }

    /// <summary>
    /// Runs <c>aws ecr &lt;args&gt;</c>. The AWS CLI here is v1: its exit codes are mapped to v2's (255 → 254 for a service
    /// error, 2 → 252 for a usage error), which ecr-raw follows.
    /// </summary>
    public static async Task<CliResult> RunAsync(AwsCredentials credentials, params string[] args)
    {
        var start = IsolatedStart(Executable ?? throw new InvalidOperationException("The AWS CLI (aws) is not on PATH; CI needs it for the comparison tests."), credentials, ["ecr", .. args]);
        start.Environment["AWS_CONFIG_FILE"] = "/nonexistent/config";
        start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/credentials";
        start.Environment["AWS_PAGER"] = string.Empty;
        start.Environment["TZ"] = "UTC";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var exit = process.ExitCode switch
        {
            255 => 254,
            2 => 252,
            var other => other,
        };
        return new CliResult(exit, await output, await error);
    }
}
