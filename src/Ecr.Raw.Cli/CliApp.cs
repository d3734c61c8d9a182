using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Ecr.Raw.Cli.Commands;
using Ecr.Raw.Cli.Diagnostics;
using Ecr.Raw.Cli.Output;
using Ecr.Raw.Cli.Parsing;
using Ecr.Raw.Config;
using Ecr.Raw.Errors;

namespace Ecr.Raw.Cli;

/// <summary>
/// The whole CLI: read the command line, build the request, call ECR, print the result, and turn every failure into
/// the AWS CLI v2 message and exit code.
/// </summary>
internal static class CliApp
{
    /// <summary>Runs one command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="host">Where to print, and test hooks.</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliHost host, CancellationToken cancellationToken = default)
    {
        CliCommand? command = null;
        try
        {
            var line = CommandLine.Parse(args);
            if (line.Version)
            {
                host.Out.Write(VersionText() + "\n");
                return ExitCodes.Success;
            }

            if (line.Command is null)
            {
                if (line.Help)
                {
                    HelpWriter.WriteOverview(host.Out);
                    return ExitCodes.Success;
                }

                throw new UsageException("the following arguments are required: command");
            }

            command = CommandCatalog.Find(line.Command) ?? throw new UsageException(
                $"argument command: Invalid choice '{line.Command}', valid choices are:\n\n" + string.Join('\n', CommandCatalog.All.Select(c => "  " + c.Name)));
            if (line.Help)
            {
                HelpWriter.WriteCommand(host.Out, command);
                return ExitCodes.Success;
            }

            var format = ParseOutput(line.Output ?? host.Environment.Get("AWS_DEFAULT_OUTPUT") ?? ProfileOutput(line, host) ?? "json");
            var (input, paging) = OptionBinder.Bind(command, line);
            // Two independent start-up costs run side by side: this command's JSON metadata (and the local time zone)
            // on another core, the client (credential chain, Polly's pipeline validation) here.
            var json = CliJson.For(host.TimeZone ?? TimeZoneInfo.Local);
            var prepared = Task.Run(() => command.Prepare(json), cancellationToken);
            var client = await CreateClientAsync(line, host, cancellationToken).ConfigureAwait(false);
            await prepared.ConfigureAwait(false);
            var context = new CommandContext(host, line, command.Operation, format, paging, json, client);
            await command.RunAsync(context, input, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (UsageException ex)
        {
            host.Error.Write(ex.ShowUsage ? $"{HelpWriter.UsageLines}\necr-raw: error: {ex.Message}\n" : $"\n{ex.Message}\n");
            return ExitCodes.Usage;
        }
        catch (ArgumentException ex)
        {
            // The library's own checks of the request (lengths, patterns, counts), before anything is sent.
            host.Error.Write($"\nParameter validation failed:\n{ex.Message}\n");
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            host.Error.Write("\n");
            return ExitCodes.Interrupted;
        }
        catch (EcrException ex)
        {
            return Report(host, ex, command?.Operation);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or JsonException or FormatException or NotSupportedException or UnauthorizedAccessException)
        {
            // Not a failure the AWS CLI names either (a closed stdout, say): one line and 255, never a stack trace.
            host.Error.Write($"\necr-raw: {ex.GetType().Name}: {ex.Message}\n");
            return ExitCodes.Other;
        }
        finally
        {
            Flush(host);
        }
    }

    private static void Flush(CliHost host)
    {
        try
        {
            host.Out.Flush();
            host.Error.Flush();
        }
        catch (IOException)
        {
            // The reader went away (`ecr-raw list-images | head -1`): there is nobody left to tell.
        }
    }

    private static int Report(CliHost host, EcrException ex, string? operation)
    {
        if (ex.Kind == EcrErrorKind.Configuration)
        {
            host.Error.Write($"\n{ex.Message}\n");
            return ExitCodes.Configuration;
        }

        var answered = ex.StatusCode is not null
            && ex.Kind is not (EcrErrorKind.InvalidResponse or EcrErrorKind.ResponseTooLarge or EcrErrorKind.Network or EcrErrorKind.Timeout);
        if (answered)
        {
            var code = ex.ErrorCode ?? ((int)ex.StatusCode!.Value).ToString(CultureInfo.InvariantCulture);
            host.Error.Write($"\nAn error occurred ({code}) when calling the {ex.Operation ?? operation} operation: {ex.Message}\n");
            return ExitCodes.ServiceError;
        }

        host.Error.Write($"\n{ex.Message}\n");
        return ExitCodes.Other;
    }

    // The profile's own output setting (output = text), as the AWS CLI reads it after --output and AWS_DEFAULT_OUTPUT.
    private static string? ProfileOutput(CommandLine line, CliHost host)
    {
        var shared = SharedConfig.Load(host.Environment);
        return shared.Profile(SharedConfig.ProfileName(line.Profile, host.Environment)) is { } profile && profile.TryGetValue("output", out var output) ? output : null;
    }

    private static OutputFormat ParseOutput(string value) => value switch
    {
        "json" => OutputFormat.Json,
        "text" => OutputFormat.Text,
        "table" => OutputFormat.Table,
        _ => throw new UsageException($"argument --output: Invalid choice '{value}', valid choices are: json, text, table"),
    };

    private static async Task<IEcrClient> CreateClientAsync(CommandLine line, CliHost host, CancellationToken cancellationToken)
    {
        var options = new EcrClientOptions
        {
            Region = line.Region,
            ProfileName = line.Profile,

            // As AWS CLI v2: on EC2 with no region configured, the instance's own region.
            UseInstanceMetadataRegion = true,
        };
        if (line.EndpointUrl is { } url)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var endpoint) || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
            {
                throw new UsageException($"Bad value for --endpoint-url \"{url}\": it must be of the form https://<hostname>/ or http://<hostname>/", showUsage: false);
            }

            options.Endpoint = endpoint;

            // Typing an http:// URL is the opt-in; the warning keeps it from going unnoticed off this machine.
            options.AllowInsecureHttp = endpoint.Scheme == Uri.UriSchemeHttp;
            if (options.AllowInsecureHttp && !endpoint.IsLoopback)
            {
                host.Error.Write($"warning: --endpoint-url {endpoint.Host} uses plain http: requests and the registry password travel unencrypted.\n");
            }
        }

        options.HttpMessageHandler = host.CreateHttpHandler?.Invoke();
        if (line.Debug)
        {
            options.HttpMessageHandler = new DebugTraceHandler(host.Error, options.HttpMessageHandler ?? new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None });
        }

        host.ConfigureClient?.Invoke(options);
        var client = await EcrClient.CreateWithEnvironmentAsync(options, host.Environment, cancellationToken).ConfigureAwait(false);
        if (line.Debug)
        {
            host.Error.Write($"DEBUG {VersionText()}: region {client.Region}, endpoint {client.Endpoint}\n");
        }

        return client;
    }

    private static string VersionText()
    {
        var version = typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        var os = OperatingSystem.IsLinux() ? "Linux" : OperatingSystem.IsMacOS() ? "Darwin" : OperatingSystem.IsWindows() ? "Windows" : "Unknown";
        return $"ecr-raw/{(plus < 0 ? version : version[..plus])} .NET/{Environment.Version} {os}/{RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()}";
    }
}
