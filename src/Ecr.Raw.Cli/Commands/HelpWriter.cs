using System.IO;
using System.Linq;
using Ecr.Raw.Cli.Parsing;

namespace Ecr.Raw.Cli.Commands;

/// <summary>--help text: the command list, or one command's synopsis and options.</summary>
internal static class HelpWriter
{
    /// <summary>The lines argparse prints before a usage error.</summary>
    public const string UsageLines =
        "usage: ecr-raw [options] <command> [parameters]\n" +
        "To see help text, you can run:\n\n" +
        "  ecr-raw --help\n" +
        "  ecr-raw <command> --help\n";

    private const string GlobalOptions =
        "Global options:\n" +
        "  --region <value>        The region to call (else AWS_REGION, AWS_DEFAULT_REGION, the profile, EC2 metadata).\n" +
        "  --profile <value>       The profile of ~/.aws/config and ~/.aws/credentials to use.\n" +
        "  --endpoint-url <value>  Call this URL instead of the region's ECR endpoint.\n" +
        "  --output <value>        json (the default; else AWS_DEFAULT_OUTPUT or the profile's output), text or table.\n" +
        "  --no-paginate           Make one request and print its nextToken, instead of following every page.\n" +
        "  --cli-input-json <json> The request as JSON with the API's member names (or file://path); options win.\n" +
        "  --debug                 Trace each request and response on standard error (credentials masked).\n" +
        "  --version               Print the version.\n" +
        "  --help                  Print this help, or a command's with <command> --help.\n";

    /// <summary>The overview.</summary>
    public static void WriteOverview(TextWriter writer)
    {
        writer.Write(
            "ecr-raw: the Amazon ECR commands of the AWS CLI, without the AWS CLI.\n\n" +
            "usage: ecr-raw [options] <command> [parameters]\n\n" +
            "Commands:\n");
        var width = CommandCatalog.All.Max(c => c.Name.Length) + 2;
        foreach (var command in CommandCatalog.All)
        {
            writer.Write($"  {command.Name.PadRight(width)}{command.Summary.Split('\n')[0]}\n");
        }

        writer.Write("\n" + GlobalOptions + "\n" +
            "Exit codes: 0 success, 252 usage error, 253 configuration error (no region, no credentials),\n" +
            "254 error returned by the service, 255 any other failure, 130 interrupted.\n");
    }

    /// <summary>One command's help.</summary>
    public static void WriteCommand(TextWriter writer, CliCommand command)
    {
        writer.Write($"ecr-raw {command.Name}\n\n{command.Summary}\n\nusage: ecr-raw {command.Name}");
        foreach (var option in command.Options)
        {
            var synopsis = option.Shape.Kind == ShapeKind.Boolean ? $"{option.Name} | {option.NegatedName}" : $"{option.Name} <value>";
            writer.Write(option.Required ? $" {synopsis}" : $" [{synopsis}]");
        }

        writer.Write("\n");
        if (command.Options.Count > 0)
        {
            writer.Write("\nOptions:\n");
            foreach (var option in command.Options)
            {
                var kind = option.Shape.Kind switch
                {
                    ShapeKind.Boolean => "flag",
                    ShapeKind.Integer => "integer",
                    ShapeKind.List => option.Shape.Member!.IsComplex ? "list of structures" : "list",
                    ShapeKind.Structure => "structure",
                    _ => "string",
                };
                writer.Write($"  {option.Name} ({kind}{(option.Required ? ", required" : string.Empty)})\n      {option.Help}\n");
            }
        }

        writer.Write("\n" + GlobalOptions);
    }
}
