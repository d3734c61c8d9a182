using Ecr.Raw.Images;

namespace Ecr.Raw.Benchmarks.Client;

/// <summary>The two ways of paging 100,000 ids, shared by the benchmark and the peak-memory probe.</summary>
public static class PagingRuns
{
    public static async Task<int> RawAsync(RawCalls raw)
    {
        var count = 0;
        string? token = null;
        do
        {
            var page = await raw.ListAsync(RawCalls.Body(token, 1000), sign: false);
            count += page.ImageIds.Count;
            token = page.NextToken;
        }
        while (token is not null);

        return count;
    }

    public static async Task<int> EnumerateAsync(ImageService images)
    {
        var count = 0;
        await foreach (var _ in images.EnumerateImagesAsync("team/app", new ListImagesOptions { MaxResults = 1000 }))
        {
            count++;
        }

        return count;
    }
}
