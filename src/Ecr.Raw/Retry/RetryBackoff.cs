using System;

namespace Ecr.Raw.Retry;

/// <summary>The delay maths of the AWS SDKs' standard retry mode, pure so it can be tested on its own.</summary>
internal static class RetryBackoff
{
    /// <summary>The extra wait a server's Retry-After may add on top of the computed delay.</summary>
    public static readonly TimeSpan RetryAfterAllowance = TimeSpan.FromSeconds(5);

    /// <summary>random × min(base × 2^(retry−1), max), then a Retry-After hint clamped to [computed, computed + 5 s].</summary>
    /// <param name="retry">The retry about to happen, from 1.</param>
    /// <param name="baseDelay">The base for this error.</param>
    /// <param name="maxBackoff">The cap of the exponential part.</param>
    /// <param name="random">A number from 0 to 1.</param>
    /// <param name="retryAfter">The server's hint, if it sent one.</param>
    public static TimeSpan Compute(int retry, TimeSpan baseDelay, TimeSpan maxBackoff, double random, TimeSpan? retryAfter)
    {
        var exponent = Math.Min(retry - 1, 30);
        var ceiling = Math.Min(baseDelay.TotalMilliseconds * Math.Pow(2, exponent), maxBackoff.TotalMilliseconds);
        var computed = TimeSpan.FromMilliseconds(Math.Max(0, Math.Min(random, 1)) * ceiling);
        if (retryAfter is not { } hint)
        {
            return computed;
        }

        var upper = computed + RetryAfterAllowance;
        return hint < computed ? computed : hint > upper ? upper : hint;
    }
}
