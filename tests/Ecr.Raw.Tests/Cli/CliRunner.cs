using Ecr.Raw.Cli;
using Ecr.Raw.Config;
using Ecr.Raw.Credentials;

namespace Ecr.Raw.Tests.Cli;

/// <summary>
/// Runs ecr-raw in-process, exactly as its Main does, with a given environment (nothing of the test process's own
/// leaks in), UTC timestamps and, optionally, an HTTP handler such as the in-memory ECR.
/// </summary>
public static class CliRunner
{
    public static async Task<CliResult> RunAsync(IReadOnlyDictionary<string, string> environment, HttpMessageHandler? handler, AwsCredentials? credentials, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var host = new CliHost
        {
            Out = output,
            Error = error,
            TimeZone = TimeZoneInfo.Utc,
            Environment = new AwsEnvironment(name => environment.TryGetValue(name, out var value) ? value : null, null),
            CreateHttpHandler = handler is null ? null : () => handler,
            ConfigureClient = credentials is null ? null : options => options.Credentials = new StaticCredentialsProvider(credentials),
        };

        var exit = await CliApp.RunAsync(args, host);
        return new CliResult(exit, output.ToString(), error.ToString());
    }
}
