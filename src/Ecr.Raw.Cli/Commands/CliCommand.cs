using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Ecr.Raw.Cli.Parsing;
using Ecr.Raw.Transport;

namespace Ecr.Raw.Cli.Commands;

/// <summary>One <c>ecr-raw</c> command.</summary>
internal abstract class CliCommand
{
    /// <summary>Creates a command.</summary>
    protected CliCommand(string name, string operation, string summary, IReadOnlyList<OptionSpec> options)
    {
        Name = name;
        Operation = operation;
        Summary = summary;
        Options = options;
    }

    /// <summary>As typed: <c>list-images</c>.</summary>
    public string Name { get; }

    /// <summary>The ECR operation it calls, for error messages: <c>ListImages</c>.</summary>
    public string Operation { get; }

    /// <summary>One paragraph for --help.</summary>
    public string Summary { get; }

    /// <summary>Its options, the pagination ones included.</summary>
    public IReadOnlyList<OptionSpec> Options { get; }

    /// <summary>
    /// Builds what the first call will need and needs nothing else for, such as the JSON metadata of the request and
    /// response, so that it can run on another core while the client is made. Nothing to do by default.
    /// </summary>
    /// <param name="json">The context responses are printed with.</param>
    public virtual void Prepare(EcrJsonContext json)
    {
    }

    /// <summary>Runs the command with the API input its options made.</summary>
    /// <param name="context">The client and the output.</param>
    /// <param name="input">The request as JSON, API member names.</param>
    /// <param name="cancellationToken">Cancels the calls (Ctrl+C).</param>
    public abstract Task RunAsync(CommandContext context, JsonObject input, CancellationToken cancellationToken);
}
