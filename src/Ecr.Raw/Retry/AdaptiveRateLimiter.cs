using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace Ecr.Raw.Retry;

/// <summary>
/// The adaptive mode's client-side rate limiter, as the AWS SDKs implement it: a token bucket whose fill rate follows
/// CUBIC congestion control, cut by <see cref="Beta"/> on throttling and grown back along a cubic curve on success.
/// Off until the first throttling response; shared per endpoint like the retry quota.
/// </summary>
internal sealed class AdaptiveRateLimiter
{
    public const double Beta = 0.7;
    public const double ScaleConstant = 0.4;
    public const double Smoothing = 0.8;
    public const double MinFillRate = 0.5;
    public const double MinCapacity = 1;

    private static readonly ConcurrentDictionary<string, AdaptiveRateLimiter> ByEndpoint = new(StringComparer.OrdinalIgnoreCase);

    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private double _fillRate;
    private double _maxCapacity;
    private double _currentCapacity;
    private double _lastTimestamp;
    private bool _enabled;
    private double _measuredTxRate;
    private double _lastTxRateBucket;
    private int _requestCount;
    private double _lastMaxRate;
    private double _lastThrottleTime;

    public AdaptiveRateLimiter(TimeProvider time)
    {
        _time = time;
        var now = Now();
        _lastTimestamp = now;
        _lastTxRateBucket = Math.Floor(now);
        _lastThrottleTime = now;
    }

    /// <summary>Requests per second the bucket refills with; meaningful once <see cref="IsEnabled"/>.</summary>
    public double FillRate
    {
        get
        {
            lock (_gate)
            {
                return _fillRate;
            }
        }
    }

    public bool IsEnabled
    {
        get
        {
            lock (_gate)
            {
                return _enabled;
            }
        }
    }

    public static AdaptiveRateLimiter For(Uri endpoint, TimeProvider time) =>
        ByEndpoint.GetOrAdd(endpoint.GetLeftPart(UriPartial.Authority), _ => new AdaptiveRateLimiter(time));

    /// <summary>Waits until a request may be sent.</summary>
    public async ValueTask AcquireAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                if (!_enabled)
                {
                    return;
                }

                Refill();
                if (_currentCapacity >= 1)
                {
                    _currentCapacity -= 1;
                    return;
                }

                wait = TimeSpan.FromSeconds((1 - _currentCapacity) / _fillRate);
            }

            await DelayAsync(wait, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Feeds back the outcome of one response.</summary>
    public void OnResponse(bool throttled)
    {
        lock (_gate)
        {
            var now = Now();
            UpdateMeasuredRate(now);
            double calculated;
            if (throttled)
            {
                var rateToUse = _enabled ? Math.Min(_measuredTxRate, _fillRate) : _measuredTxRate;
                _lastMaxRate = rateToUse;
                _lastThrottleTime = now;
                calculated = rateToUse * Beta;
                _enabled = true;
            }
            else
            {
                var window = Math.Pow(_lastMaxRate * (1 - Beta) / ScaleConstant, 1.0 / 3);
                calculated = (ScaleConstant * Math.Pow(now - _lastThrottleTime - window, 3)) + _lastMaxRate;
            }

            UpdateRate(Math.Min(calculated, 2 * _measuredTxRate), now);
        }
    }

    private void UpdateMeasuredRate(double now)
    {
        var bucket = Math.Floor(now * 2) / 2;
        _requestCount++;
        if (bucket > _lastTxRateBucket)
        {
            var current = _requestCount / (bucket - _lastTxRateBucket);
            _measuredTxRate = (current * Smoothing) + (_measuredTxRate * (1 - Smoothing));
            _requestCount = 0;
            _lastTxRateBucket = bucket;
        }
    }

    private void UpdateRate(double newRate, double now)
    {
        RefillAt(now);
        _fillRate = Math.Max(newRate, MinFillRate);
        _maxCapacity = Math.Max(newRate, MinCapacity);
        _currentCapacity = Math.Min(_currentCapacity, _maxCapacity);
    }

    private void Refill() => RefillAt(Now());

    private void RefillAt(double now)
    {
        _currentCapacity = Math.Min(_maxCapacity, _currentCapacity + ((now - _lastTimestamp) * _fillRate));
        _lastTimestamp = now;
    }

    private double Now() => _time.GetTimestamp() / (double)_time.TimestampFrequency;

    private Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
#if NET8_0_OR_GREATER
        return Task.Delay(delay, _time, cancellationToken);
#else
        return _time.Delay(delay, cancellationToken);
#endif
    }
}
