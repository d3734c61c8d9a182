using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Ecr.Raw.Errors;

namespace Ecr.Raw.Credentials;

/// <summary>
/// Runs a profile's <c>credential_process</c> and validates what it prints: <c>Version</c> 1, <c>AccessKeyId</c>,
/// <c>SecretAccessKey</c>, optional <c>SessionToken</c> and ISO-8601 <c>Expiration</c>. A failure stops the chain with
/// the first line the program wrote to stderr.
/// </summary>
internal static class CredentialProcess
{
    public static async Task<AwsCredentials> RunAsync(string commandLine, string profile, CancellationToken cancellationToken)
    {
        var arguments = Split(commandLine);
        if (arguments.Count == 0)
        {
            throw new EcrException(EcrErrorKind.Configuration, $"Profile '{profile}' has an empty credential_process.");
        }

        var start = new ProcessStartInfo(arguments[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
#if NET8_0_OR_GREATER
        for (var i = 1; i < arguments.Count; i++)
        {
            start.ArgumentList.Add(arguments[i]);
        }
#else
        var quoted = new List<string>();
        for (var i = 1; i < arguments.Count; i++)
        {
            quoted.Add("\"" + arguments[i].Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"");
        }

        start.Arguments = string.Join(" ", quoted);
#endif

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("the process did not start");
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            throw new EcrException(EcrErrorKind.Configuration, $"The credential_process of profile '{profile}' could not be started: {ex.Message}", innerException: ex);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using (cancellationToken.Register(() => TryKill(process)))
            {
                await Task.WhenAll(stdout, stderr).ConfigureAwait(false);
#if NET8_0_OR_GREATER
                await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
#else
                process.WaitForExit();
#endif
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (process.ExitCode != 0)
            {
                var firstLine = (await stderr.ConfigureAwait(false)).Split('\n')[0].Trim();
                throw new EcrException(EcrErrorKind.Configuration, $"The credential_process of profile '{profile}' failed with exit code {process.ExitCode}: {firstLine}");
            }

            var values = CredentialJson.ReadFlat(Encoding.UTF8.GetBytes(await stdout.ConfigureAwait(false)), $"the credential_process of profile '{profile}'");
            if (!values.TryGetValue("Version", out var version) || version != "1")
            {
                throw new EcrException(EcrErrorKind.Configuration, $"The credential_process of profile '{profile}' must print Version 1.");
            }

            return CredentialJson.ToCredentials(values, $"the credential_process of profile '{profile}'", "SessionToken");
        }
    }

    /// <summary>Splits like a POSIX shell without running one: spaces separate, quotes group, backslash escapes.</summary>
    internal static List<string> Split(string commandLine)
    {
        var result = new List<string>();
        var current = new StringBuilder();
        var inArgument = false;
        char? quote = null;
        for (var i = 0; i < commandLine.Length; i++)
        {
            var c = commandLine[i];
            if (quote is null && char.IsWhiteSpace(c))
            {
                if (inArgument)
                {
                    result.Add(current.ToString());
                    current.Clear();
                    inArgument = false;
                }

                continue;
            }

            inArgument = true;
            if (c == '\\' && quote != '\'' && i + 1 < commandLine.Length)
            {
                current.Append(commandLine[++i]);
            }
            else if (quote is null && (c == '"' || c == '\''))
            {
                quote = c;
            }
            else if (quote == c)
            {
                quote = null;
            }
            else
            {
                current.Append(c);
            }
        }

        if (inArgument)
        {
            result.Add(current.ToString());
        }

        return result;
    }

    private static void TryKill(Process process)
    {
        try
        {
            process.Kill();
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
