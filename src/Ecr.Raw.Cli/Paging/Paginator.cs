using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Ecr.Raw.Errors;

namespace Ecr.Raw.Cli.Paging;

/// <summary>
/// The AWS CLI's automatic pagination (botocore's PageIterator): follow nextToken until the end or until --max-items
/// items; when the limit falls inside a page, the resume token names that page's request token and how many of its
/// items were printed, so resuming neither skips nor repeats one.
/// </summary>
internal static class Paginator
{
    /// <summary>Runs the pages.</summary>
    /// <param name="fetch">Fetches one page.</param>
    /// <param name="resultKey">The member holding the items, for example <c>imageIds</c>.</param>
    /// <param name="options">--max-items, --page-size, --starting-token.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    public static async Task<PagedResult> RunAsync(PageFetcher fetch, string resultKey, PagingOptions options, CancellationToken cancellationToken)
    {
        var pages = new List<IReadOnlyList<JsonNode?>>();
        var requestToken = options.StartingToken?.NextToken;
        var skip = options.StartingToken?.TruncateAmount ?? 0;
        string? previous = null;
        var total = 0;
        while (true)
        {
            var page = await fetch(requestToken, options.PageSize, cancellationToken).ConfigureAwait(false);
            var items = Detach(page[resultKey] as JsonArray);

            // Items of the first page that an earlier, truncated run already printed.
            var startingTruncation = skip;
            if (skip > 0)
            {
                items = items.Skip(skip).ToList();
                skip = 0;
            }

            var over = options.MaxItems is { } max ? total + items.Count - max : 0;
            if (over > 0)
            {
                var keep = items.Count - over;
                pages.Add(items.Take(keep).ToList());
                return new PagedResult(pages, new PagingToken(requestToken, keep + startingTruncation).Encode());
            }

            pages.Add(items);
            total += items.Count;
            var next = page["nextToken"]?.GetValue<string>();
            if (next is null)
            {
                return new PagedResult(pages, null);
            }

            if (options.MaxItems is { } limit && total == limit)
            {
                return new PagedResult(pages, new PagingToken(next, null).Encode());
            }

            if (next == previous)
            {
                throw new EcrException(EcrErrorKind.InvalidResponse, $"The same next token was received twice: {next}");
            }

            previous = next;
            requestToken = next;
        }
    }

    // The page is dropped; its items move on without a copy (a node has one parent, so they leave the page's array).
    private static List<JsonNode?> Detach(JsonArray? array)
    {
        if (array is null)
        {
            return [];
        }

        var items = array.ToList();
        array.Clear();
        return items;
    }
}
