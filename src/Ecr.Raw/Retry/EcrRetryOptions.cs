using System;
using Polly;

namespace Ecr.Raw.Retry;

/// <summary>How failed calls are retried. The defaults are those of the AWS SDKs' standard mode.</summary>
public sealed class EcrRetryOptions
{
    /// <summary>The retry mode.</summary>
    /// <value>Defaults to <c>AWS_RETRY_MODE</c>, then <see cref="RetryMode.Standard"/>.</value>
    public RetryMode? Mode { get; set; }

    /// <summary>Attempts in all, the first included (1 means no retry).</summary>
    /// <value>Defaults to <c>AWS_MAX_ATTEMPTS</c>, then 3.</value>
    public int? MaxAttempts { get; set; }

    /// <summary>The backoff base: the n-th retry waits random(0..1) × min(base × 2^(n−1), <see cref="MaxBackoff"/>).</summary>
    /// <value>Defaults to 50 ms.</value>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The backoff base after a throttling error.</summary>
    /// <value>Defaults to 1 s.</value>
    public TimeSpan ThrottlingBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest computed backoff.</summary>
    /// <value>Defaults to 20 s.</value>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Whether the per-endpoint retry quota (a 500-token bucket shared by every client of the process) applies.</summary>
    /// <value>Defaults to <see langword="true"/>: during an outage retries stop instead of multiplying the load.</value>
    public bool UseRetryQuota { get; set; } = true;

    /// <summary>The source of jitter, a number from 0 (inclusive) to 1 (exclusive); fix it in tests.</summary>
    /// <value>Defaults to a shared random generator.</value>
    public Func<double>? Jitter { get; set; }

    /// <summary>Called before each retry; must not throw.</summary>
    /// <value>Defaults to <see langword="null"/>.</value>
    public Action<EcrRetryEvent>? OnRetry { get; set; }

    /// <summary>
    /// Adds strategies of your own (a circuit breaker, say) inside the retry, so they see every attempt.
    /// </summary>
    /// <value>Defaults to <see langword="null"/>.</value>
    public Action<ResiliencePipelineBuilder>? ConfigurePipeline { get; set; }

    /// <summary>Replaces the whole retry pipeline with your own; the options above then do not apply.</summary>
    /// <value>Defaults to <see langword="null"/>.</value>
    public ResiliencePipeline? Pipeline { get; set; }
}
