using Ecr.Raw.Cli.Parsing;

namespace Ecr.Raw.Cli.Commands;

/// <summary>The AWS CLI's pagination options, which the CLI consumes rather than sending.</summary>
internal static class PagingSpecs
{
    /// <summary>--max-items.</summary>
    public static OptionSpec MaxItems { get; } = new("--max-items", string.Empty, Shape.Integer, false,
        "The most items to print. When more remain, a NextToken is printed; pass it to --starting-token to go on.");

    /// <summary>--page-size.</summary>
    public static OptionSpec PageSize { get; } = new("--page-size", string.Empty, Shape.Integer, false,
        "The size of each page the service returns (maxResults). All pages are still fetched.");

    /// <summary>--starting-token.</summary>
    public static OptionSpec StartingToken { get; } = new("--starting-token", string.Empty, Shape.String, false,
        "Where to begin: the NextToken of an earlier, truncated response (of ecr-raw or of the AWS CLI).");

    /// <summary>All three.</summary>
    public static OptionSpec[] All { get; } = [MaxItems, PageSize, StartingToken];
}
