using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Threading.Tasks;
using Ecr.Raw.Errors;
using Ecr.Raw.Telemetry;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Ecr.Raw.Retry;

/// <summary>
/// The resilience pipeline of one client: a Polly retry whose every decision comes from the error model
/// (<see cref="EcrErrorKindExtensions.IsRetryable"/>, the clock-skew rule and the retry quota), user strategies inside it,
/// and the per-attempt timeout innermost, so each attempt is timed, built and signed anew.
/// </summary>
internal sealed class EcrRetryPolicy
{
    public const int DefaultMaxAttempts = 3;

    private static readonly Random SharedRandom = new();
    private readonly EcrRetryOptions _options;
    private readonly Func<double> _jitter;

    private EcrRetryPolicy(EcrRetryOptions options, RetryMode mode, int maxAttempts, RetryQuota? quota, AdaptiveRateLimiter? limiter)
    {
        _options = options;
        Mode = mode;
        MaxAttempts = maxAttempts;
        Quota = quota;
        Limiter = limiter;
        _jitter = options.Jitter ?? NextRandom;
        Pipeline = null!;
    }

    public RetryMode Mode { get; }

    public int MaxAttempts { get; }

    public RetryQuota? Quota { get; }

    public AdaptiveRateLimiter? Limiter { get; }

    public ResiliencePipeline Pipeline { get; private set; }

    public static EcrRetryPolicy Create(EcrClientOptions options, Uri endpoint, Func<string, string?> getEnvironmentVariable)
    {
        var retry = options.Retry ?? new EcrRetryOptions();
        var mode = retry.Mode ?? ParseMode(getEnvironmentVariable("AWS_RETRY_MODE")) ?? RetryMode.Standard;
        var maxAttempts = mode == RetryMode.None ? 1 : retry.MaxAttempts ?? ParseMaxAttempts(getEnvironmentVariable("AWS_MAX_ATTEMPTS")) ?? DefaultMaxAttempts;
        if (maxAttempts < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), maxAttempts, "EcrRetryOptions.MaxAttempts counts the first attempt too: it must be at least 1.");
        }

        var time = options.TimeProvider ?? TimeProvider.System;
        var policy = new EcrRetryPolicy(
            retry,
            mode,
            maxAttempts,
            retry.UseRetryQuota && mode != RetryMode.None ? RetryQuota.For(endpoint) : null,
            mode == RetryMode.Adaptive ? AdaptiveRateLimiter.For(endpoint, time) : null);
        policy.Pipeline = retry.Pipeline ?? policy.Build(time, options.AttemptTimeout);
        return policy;
    }

    /// <summary>The kind an attempt's failure stands for, or null when it is not one the pipeline may retry.</summary>
    public static EcrErrorKind? KindOf(Exception? exception) => exception switch
    {
        EcrException ecr => ecr.Kind,
        TimeoutRejectedException => EcrErrorKind.Timeout,
        _ => null,
    };

    private ResiliencePipeline Build(TimeProvider time, TimeSpan? attemptTimeout)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = time };
        if (MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = MaxAttempts - 1,
                MaxDelay = TimeSpan.FromHours(1),
                ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Context, args.Outcome.Exception, args.AttemptNumber)),
                DelayGenerator = args => new ValueTask<TimeSpan?>(DelayFor(args.Outcome.Exception, args.AttemptNumber)),
                OnRetry = args =>
                {
                    OnRetry(args.Context, args.Outcome.Exception, args.AttemptNumber, args.RetryDelay);
                    return default;
                },
            });
        }

        _options.ConfigurePipeline?.Invoke(builder);
        if (attemptTimeout is { } timeout)
        {
            builder.AddTimeout(timeout);
        }

        return builder.Build();
    }

    private bool ShouldRetry(ResilienceContext context, Exception? exception, int attemptIndex)
    {
        // The caller's cancellation, and anything the error model does not know, is never retried.
        if (KindOf(exception) is not { } kind || context.CancellationToken.IsCancellationRequested || attemptIndex + 1 >= MaxAttempts)
        {
            return false;
        }

        var state = context.Properties.GetValue(AttemptState.Key, null!);
        if (exception is EcrException ecr && ClockSkew.IsSkewError(ecr) && state is { SkewRetried: false })
        {
            // One re-sign with the clock corrected from the failure's Date header.
            state.SkewRetried = true;
            return true;
        }

        if (kind == EcrErrorKind.ExpiredToken && state is { CanRefreshCredentials: true, CredentialsRefreshed: false })
        {
            // The provider was told the token expired; one more attempt runs with what it fetches now.
            state.CredentialsRefreshed = true;
            return true;
        }

        if (!kind.IsRetryable())
        {
            return false;
        }

        if (Quota is not null)
        {
            var cost = RetryQuota.CostOf(kind);
            if (!Quota.TryAcquire(cost))
            {
                EcrTelemetry.QuotaRefusals.Add(1, Tag(state));
                return false;
            }

            if (state is not null)
            {
                state.LastRetryCost = cost;
            }
        }

        return true;
    }

    private TimeSpan DelayFor(Exception? exception, int attemptIndex)
    {
        var kind = KindOf(exception) ?? EcrErrorKind.Unknown;
        var baseDelay = kind.IsThrottling() ? _options.ThrottlingBaseDelay : _options.BaseDelay;
        var retryAfter = (exception as EcrException)?.RetryAfter;
        return RetryBackoff.Compute(attemptIndex + 1, baseDelay, _options.MaxBackoff, _jitter(), retryAfter);
    }

    private void OnRetry(ResilienceContext context, Exception? exception, int attemptIndex, TimeSpan delay)
    {
        var state = context.Properties.GetValue(AttemptState.Key, null!);
        var kind = KindOf(exception) ?? EcrErrorKind.Unknown;
        EcrTelemetry.Retries.Add(1, Tag(state));
        Activity.Current?.AddEvent(new ActivityEvent("retry", tags: new ActivityTagsCollection
        {
            ["ecr_raw.attempt"] = attemptIndex + 1,
            ["ecr_raw.delay_ms"] = delay.TotalMilliseconds,
            ["error.type"] = kind.ToString(),
        }));
        _options.OnRetry?.Invoke(new EcrRetryEvent(state?.Operation ?? string.Empty, attemptIndex + 1, delay, kind));
    }

    private static KeyValuePair<string, object?> Tag(AttemptState? state) => new("rpc.method", state?.Operation);

    private static RetryMode? ParseMode(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        null or "" => null,
        "STANDARD" or "LEGACY" => RetryMode.Standard,
        "ADAPTIVE" => RetryMode.Adaptive,
        _ => throw new EcrException(EcrErrorKind.Configuration, $"AWS_RETRY_MODE is '{value}'; use standard, adaptive or legacy."),
    };

    private static int? ParseMaxAttempts(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var attempts) && attempts >= 1
            ? attempts
            : throw new EcrException(EcrErrorKind.Configuration, $"AWS_MAX_ATTEMPTS is '{value}'; it must be a whole number of at least 1.");
    }

    private static double NextRandom()
    {
        lock (SharedRandom)
        {
            return SharedRandom.NextDouble();
        }
    }
}
