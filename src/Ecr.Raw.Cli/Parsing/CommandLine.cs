using System;
using System.Collections.Generic;

namespace Ecr.Raw.Cli.Parsing;

/// <summary>
/// An <c>ecr-raw</c> command line split into the global options (which, as in the AWS CLI, may appear before or after
/// the command) and the command's own options with their raw values.
/// </summary>
internal sealed class CommandLine
{
    private static readonly HashSet<string> ValueGlobals = ["--region", "--profile", "--endpoint-url", "--output", "--color"];
    private static readonly HashSet<string> FlagGlobals = ["--debug", "--no-paginate", "--no-cli-pager", "--version", "--help"];
    private readonly Dictionary<string, IReadOnlyList<string>> _options = new(StringComparer.Ordinal);

    /// <summary>The command, for example <c>list-images</c>; null when none was given.</summary>
    public string? Command { get; private set; }

    /// <summary><c>--region</c>.</summary>
    public string? Region { get; private set; }

    /// <summary><c>--profile</c>.</summary>
    public string? Profile { get; private set; }

    /// <summary><c>--endpoint-url</c>.</summary>
    public string? EndpointUrl { get; private set; }

    /// <summary><c>--output</c>: json, text or table.</summary>
    public string? Output { get; private set; }

    /// <summary><c>--debug</c>: trace requests and responses, secrets redacted, on standard error.</summary>
    public bool Debug { get; private set; }

    /// <summary><c>--no-paginate</c>: one request, its nextToken printed as the API returned it.</summary>
    public bool NoPaginate { get; private set; }

    /// <summary><c>--version</c>.</summary>
    public bool Version { get; private set; }

    /// <summary><c>--help</c>, or <c>help</c> as a word.</summary>
    public bool Help { get; private set; }

    /// <summary>The command's options as typed (<c>--image-ids</c>) with their values; flags have none.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Options => _options;

    /// <summary>Splits <paramref name="args"/>.</summary>
    /// <exception cref="UsageException">A global option lacks its value, or a word is left over.</exception>
    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var line = new CommandLine();
        var skippedServiceName = false;
        for (var i = 0; i < args.Count; i++)
        {
            var token = args[i];
            if (token.StartsWith("--", StringComparison.Ordinal) && token.Length > 2)
            {
                var equals = token.IndexOf('=', StringComparison.Ordinal);
                var name = equals < 0 ? token : token[..equals];
                var inline = equals < 0 ? null : token[(equals + 1)..];
                if (ValueGlobals.Contains(name))
                {
                    var value = inline ?? (i + 1 < args.Count ? args[++i] : throw new UsageException($"argument {name}: expected one argument"));
                    line.SetGlobal(name, value);
                }
                else if (FlagGlobals.Contains(name))
                {
                    if (inline is not null)
                    {
                        throw new UsageException($"argument {name}: ignored explicit argument '{inline}'");
                    }

                    line.SetFlag(name);
                }
                else
                {
                    var values = new List<string>();
                    if (inline is not null)
                    {
                        values.Add(inline);
                    }
                    else
                    {
                        while (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                        {
                            values.Add(args[++i]);
                        }
                    }

                    line._options[name] = values;
                }
            }
            else if (token == "help")
            {
                line.Help = true;
            }
            else if (line.Command is null && token == "ecr" && !skippedServiceName)
            {
                // `ecr-raw ecr list-images` reads like the `aws ecr list-images` it replaces.
                skippedServiceName = true;
            }
            else if (line.Command is null)
            {
                line.Command = token;
            }
            else
            {
                throw new UsageException($"Unknown options: {token}");
            }
        }

        return line;
    }

    private void SetGlobal(string name, string value)
    {
        switch (name)
        {
            case "--region": Region = value; break;
            case "--profile": Profile = value; break;
            case "--endpoint-url": EndpointUrl = value; break;
            case "--output": Output = value; break;
            default: break; // --color: output is never coloured.
        }
    }

    private void SetFlag(string name)
    {
        switch (name)
        {
            case "--debug": Debug = true; break;
            case "--no-paginate": NoPaginate = true; break;
            case "--version": Version = true; break;
            case "--help": Help = true; break;
            default: break; // --no-cli-pager: output is never paged.
        }
    }
}
