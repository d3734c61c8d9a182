namespace Ecr.Raw.Cli.Paging;

/// <summary>The AWS CLI's pagination options of a list command.</summary>
/// <param name="MaxItems"><c>--max-items</c>: the most items to print; a NextToken follows when more remain.</param>
/// <param name="PageSize"><c>--page-size</c>: maxResults of each request.</param>
/// <param name="StartingToken"><c>--starting-token</c>: a NextToken printed earlier.</param>
internal sealed record PagingOptions(int? MaxItems, int? PageSize, PagingToken? StartingToken);
