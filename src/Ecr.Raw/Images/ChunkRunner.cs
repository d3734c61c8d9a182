using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Ecr.Raw.Images;

/// <summary>Runs a call per chunk of at most 100 items, up to N at once, and returns the results in input order.</summary>
internal static class ChunkRunner
{
    public const int ChunkSize = 100;

    public static async Task<TResult[]> RunAsync<TItem, TResult>(
        IReadOnlyList<TItem> items,
        int maxParallelism,
        Func<IReadOnlyList<TItem>, CancellationToken, Task<TResult>> call,
        CancellationToken cancellationToken)
    {
        var chunks = new List<TItem[]>();
        for (var start = 0; start < items.Count; start += ChunkSize)
        {
            var chunk = new TItem[Math.Min(ChunkSize, items.Count - start)];
            for (var i = 0; i < chunk.Length; i++)
            {
                chunk[i] = items[start + i];
            }

            chunks.Add(chunk);
        }

        var results = new TResult[chunks.Count];
        if (maxParallelism <= 1 || chunks.Count == 1)
        {
            for (var i = 0; i < chunks.Count; i++)
            {
                results[i] = await call(chunks[i], cancellationToken).ConfigureAwait(false);
            }

            return results;
        }

        // Bounded fan-out; the first failure cancels the chunks not yet started.
        using var throttle = new SemaphoreSlim(maxParallelism);
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var tasks = new Task[chunks.Count];
        for (var i = 0; i < chunks.Count; i++)
        {
            var index = i;
            tasks[i] = Task.Run(
                async () =>
                {
                    await throttle.WaitAsync(failed.Token).ConfigureAwait(false);
                    try
                    {
                        results[index] = await call(chunks[index], failed.Token).ConfigureAwait(false);
                    }
                    catch
                    {
                        failed.Cancel();
                        throw;
                    }
                    finally
                    {
                        throttle.Release();
                    }
                },
                CancellationToken.None);
        }

        await Task.WhenAll(tasks).ConfigureAwait(false);
        return results;
    }
}
