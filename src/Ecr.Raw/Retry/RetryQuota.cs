using System;
using System.Collections.Concurrent;
using Ecr.Raw.Errors;

namespace Ecr.Raw.Retry;

/// <summary>
/// The standard mode's retry quota: a bucket of 500 tokens per endpoint, shared by every client in the process. A retry
/// costs 14 tokens (5 after throttling, 10 after a timeout); a first-attempt success returns 1, a successful retry its cost.
/// When the bucket cannot pay, the error is returned at once, which is what stops retry storms in an outage.
/// </summary>
internal sealed class RetryQuota
{
    public const int Capacity = 500;
    public const int RetryCost = 14;
    public const int ThrottlingRetryCost = 5;
    public const int TimeoutRetryCost = 10;
    public const int SuccessRefund = 1;

    private static readonly ConcurrentDictionary<string, RetryQuota> ByEndpoint = new(StringComparer.OrdinalIgnoreCase);
    private readonly object _gate = new();
    private int _tokens = Capacity;

    public int Available
    {
        get
        {
            lock (_gate)
            {
                return _tokens;
            }
        }
    }

    public static RetryQuota For(Uri endpoint) => ByEndpoint.GetOrAdd(endpoint.GetLeftPart(UriPartial.Authority), static _ => new RetryQuota());

    public static int CostOf(EcrErrorKind kind) => kind.IsThrottling() ? ThrottlingRetryCost : kind == EcrErrorKind.Timeout ? TimeoutRetryCost : RetryCost;

    /// <summary>Takes the cost of one retry; false (and nothing taken) when the bucket cannot pay it.</summary>
    public bool TryAcquire(int cost)
    {
        lock (_gate)
        {
            if (_tokens < cost)
            {
                return false;
            }

            _tokens -= cost;
            return true;
        }
    }

    public void Release(int amount)
    {
        lock (_gate)
        {
            _tokens = Math.Min(Capacity, _tokens + amount);
        }
    }
}
