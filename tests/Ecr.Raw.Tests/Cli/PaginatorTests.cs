using System.Text.Json.Nodes;
using Ecr.Raw.Cli.Paging;
using Ecr.Raw.Errors;

namespace Ecr.Raw.Tests.Cli;

public sealed class PaginatorTests
{
    // Three pages of ids 0-2, 3-5, 6-7 behind the service tokens "p1" and "p2".
    private static readonly string[][] PageItems = [["0", "1", "2"], ["3", "4", "5"], ["6", "7"]];
    private readonly List<string?> _requested = [];

    private Task<JsonObject> Fetch(string? token, int? pageSize, CancellationToken cancellationToken)
    {
        _requested.Add(token);
        var index = token is null ? 0 : int.Parse(token[1..], System.Globalization.CultureInfo.InvariantCulture);
        var page = new JsonObject { ["ids"] = new JsonArray(PageItems[index].Select(i => (JsonNode?)JsonValue.Create(i)).ToArray()) };
        if (index + 1 < PageItems.Length)
        {
            page["nextToken"] = "p" + (index + 1);
        }

        return Task.FromResult(page);
    }

    private static string[] Items(PagedResult result) => result.Pages.SelectMany(p => p.Select(i => i!.GetValue<string>())).ToArray();

    [Fact]
    public async Task WithoutMaxItems_FollowsEveryPage()
    {
        var result = await Paginator.RunAsync(Fetch, "ids", new PagingOptions(null, null, null), default);

        Items(result).ShouldBe(["0", "1", "2", "3", "4", "5", "6", "7"]);
        result.ResumeToken.ShouldBeNull();
        _requested.ShouldBe([null, "p1", "p2"]);
    }

    [Fact]
    public async Task MaxItemsInsideAPage_ResumesAtThatPageMinusWhatWasPrinted()
    {
        var first = await Paginator.RunAsync(Fetch, "ids", new PagingOptions(4, null, null), default);

        Items(first).ShouldBe(["0", "1", "2", "3"]);
        PagingToken.Decode(first.ResumeToken!).ShouldBe(new PagingToken("p1", 1));

        var second = await Paginator.RunAsync(Fetch, "ids", new PagingOptions(4, null, PagingToken.Decode(first.ResumeToken!)), default);

        Items(second).ShouldBe(["4", "5", "6", "7"]);
        second.ResumeToken.ShouldBeNull();
    }

    [Fact]
    public async Task MaxItemsWithinTheResumedPage_AddsTheEarlierTruncation()
    {
        var result = await Paginator.RunAsync(Fetch, "ids", new PagingOptions(1, null, new PagingToken("p1", 1)), default);

        Items(result).ShouldBe(["4"]);
        PagingToken.Decode(result.ResumeToken!).ShouldBe(new PagingToken("p1", 2));
    }

    [Fact]
    public async Task MaxItemsAtAPageEnd_ResumesAtTheNextPage()
    {
        var result = await Paginator.RunAsync(Fetch, "ids", new PagingOptions(3, null, null), default);

        Items(result).ShouldBe(["0", "1", "2"]);
        PagingToken.Decode(result.ResumeToken!).ShouldBe(new PagingToken("p1", null));
        _requested.ShouldBe([null]);
    }

    [Fact]
    public async Task FirstPageTruncated_TokenNamesNoServiceToken()
    {
        var result = await Paginator.RunAsync(Fetch, "ids", new PagingOptions(2, null, null), default);

        result.ResumeToken.ShouldBe(new PagingToken(null, 2).Encode());
    }

    [Fact]
    public async Task TheSameTokenTwice_Stops()
    {
        Task<JsonObject> Stuck(string? token, int? size, CancellationToken ct) =>
            Task.FromResult(new JsonObject { ["ids"] = new JsonArray(), ["nextToken"] = "same" });

        var error = await Should.ThrowAsync<EcrException>(() => Paginator.RunAsync(Stuck, "ids", new PagingOptions(null, null, null), default));

        error.Message.ShouldContain("same next token");
    }
}
