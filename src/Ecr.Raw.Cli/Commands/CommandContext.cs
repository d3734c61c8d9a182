using System.Linq;
using System.Text.Json.Nodes;
using Ecr.Raw.Cli.Output;
using Ecr.Raw.Cli.Paging;
using Ecr.Raw.Cli.Parsing;
using Ecr.Raw.Transport;

namespace Ecr.Raw.Cli.Commands;

/// <summary>What a running command needs: the client, the JSON context, where and how to print.</summary>
internal sealed class CommandContext
{
    /// <summary>Creates a context.</summary>
    public CommandContext(CliHost host, CommandLine line, string operation, OutputFormat format, PagingOptions paging, EcrJsonContext json, IEcrClient client)
    {
        Host = host;
        Line = line;
        Operation = operation;
        Format = format;
        Paging = paging;
        Json = json;
        Client = client;
    }

    /// <summary>Standard output and error.</summary>
    public CliHost Host { get; }

    /// <summary>The command line.</summary>
    public CommandLine Line { get; }

    /// <summary>The ECR operation, the title of --output table.</summary>
    public string Operation { get; }

    /// <summary>--output.</summary>
    public OutputFormat Format { get; }

    /// <summary>--max-items, --page-size, --starting-token.</summary>
    public PagingOptions Paging { get; }

    /// <summary>Reads requests and writes responses.</summary>
    public EcrJsonContext Json { get; }

    /// <summary>The ECR client.</summary>
    public IEcrClient Client { get; }

    /// <summary>Prints one response document. An empty one prints nothing, as in the AWS CLI.</summary>
    public void Print(JsonObject document)
    {
        if (Format == OutputFormat.Text)
        {
            TextFormatter.Write(Host.Out, document);
        }
        else if (Format == OutputFormat.Table)
        {
            TableFormatter.Write(Host.Out, Operation, document, Host.TerminalWidth);
        }
        else if (document.Count > 0)
        {
            PythonJsonWriter.Write(Host.Out, document);
        }
    }

    /// <summary>
    /// Prints a paginated result: in JSON and as a table one document of all items and the NextToken; in text each page
    /// as it came, then a NEXTTOKEN line (as the AWS CLI does).
    /// </summary>
    public void Print(PagedResult result, string resultKey)
    {
        if (Format == OutputFormat.Text)
        {
            foreach (var page in result.Pages)
            {
                TextFormatter.Write(Host.Out, new JsonObject { [resultKey] = new JsonArray([.. page]) });
            }

            if (result.ResumeToken is { } token)
            {
                TextFormatter.Write(Host.Out, new JsonObject { ["NextToken"] = new JsonObject { ["NextToken"] = token } });
            }

            return;
        }

        var items = new JsonArray([.. result.Pages.SelectMany(p => p)]);
        var document = new JsonObject { [resultKey] = items };
        if (result.ResumeToken is { } next)
        {
            document["NextToken"] = next;
        }

        if (Format == OutputFormat.Table)
        {
            TableFormatter.Write(Host.Out, Operation, document, Host.TerminalWidth);
            return;
        }

        PythonJsonWriter.Write(Host.Out, document);
    }
}
