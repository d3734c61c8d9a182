namespace Ecr.Raw.Retry;

/// <summary>The AWS SDKs' retry modes.</summary>
public enum RetryMode
{
    /// <summary>Exponential backoff with full jitter, a retry quota per endpoint, 3 attempts by default.</summary>
    Standard = 0,

    /// <summary><see cref="Standard"/> plus a client-side rate limiter that slows down under throttling (CUBIC).</summary>
    Adaptive = 1,

    /// <summary>One attempt, no retries.</summary>
    None = 2,
}
