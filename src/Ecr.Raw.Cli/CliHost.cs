using System;
using System.IO;
using System.Net.Http;
using Ecr.Raw.Config;

namespace Ecr.Raw.Cli;

/// <summary>
/// What the CLI reads and writes besides its arguments. The process uses <see cref="Console"/>; tests give their own
/// writers, environment, time zone and HTTP handler while the rest of the path stays the same.
/// </summary>
internal sealed class CliHost
{
    /// <summary>Standard output: the command's result.</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Standard error: errors, warnings and the --debug trace.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>The environment variables and home directory that the CLI and the client's region and credential chain read.</summary>
    public AwsEnvironment Environment { get; init; } = AwsEnvironment.Process;

    /// <summary>The innermost HTTP handler; the client's default (sockets) when null.</summary>
    public Func<HttpMessageHandler>? CreateHttpHandler { get; init; }

    /// <summary>The zone timestamps are printed in; null for the local zone, which AWS CLI v2 prints (read when first needed).</summary>
    public TimeZoneInfo? TimeZone { get; init; }

    /// <summary>The width --output table fits into: the terminal's, or 80 when standard output is not a terminal.</summary>
    public int TerminalWidth { get; init; } = 80;

    /// <summary>A last say over the client options, after the command line filled them in.</summary>
    public Action<EcrClientOptions>? ConfigureClient { get; init; }

    /// <summary>The real console.</summary>
    public static CliHost Console => new()
    {
        Out = CreateWriter(System.Console.OpenStandardOutput()),
        Error = CreateWriter(System.Console.OpenStandardError()),
        TerminalWidth = ConsoleWidth(),
    };

    private static int ConsoleWidth()
    {
        if (System.Console.IsOutputRedirected)
        {
            return 80;
        }

        try
        {
            return System.Console.WindowWidth > 0 ? System.Console.WindowWidth : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }

    private static StreamWriter CreateWriter(Stream stream) =>
        // UTF-8 without a byte-order mark, LF line ends: what a pipe into jq or docker login expects.
        new(stream, new System.Text.UTF8Encoding(false), 4096) { AutoFlush = false, NewLine = "\n" };
}
