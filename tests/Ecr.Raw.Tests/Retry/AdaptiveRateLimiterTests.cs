using Ecr.Raw.Retry;
using Microsoft.Extensions.Time.Testing;

namespace Ecr.Raw.Tests.Retry;

public sealed class AdaptiveRateLimiterTests
{
    [Fact]
    public void SendRate_FallsUnderSustainedThrottling_AndRecoversAfter()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddDays(20_000));
        var limiter = new AdaptiveRateLimiter(time);
        limiter.IsEnabled.ShouldBeFalse();

        // 20 requests a second for 5 seconds, all fine: the limiter stays out of the way.
        Send(limiter, time, perSecond: 20, seconds: 5, throttled: false);
        limiter.IsEnabled.ShouldBeFalse();

        // The first throttle turns the limiter on at beta times the measured rate (about 20/s).
        time.Advance(TimeSpan.FromSeconds(0.05));
        limiter.OnResponse(throttled: true);
        limiter.IsEnabled.ShouldBeTrue();
        var afterFirstThrottle = limiter.FillRate;
        afterFirstThrottle.ShouldBeInRange(20 * AdaptiveRateLimiter.Beta * 0.8, 20 * AdaptiveRateLimiter.Beta * 1.2);

        // Sustained throttling drives the rate down to the floor, never below it.
        Send(limiter, time, perSecond: 20, seconds: 3, throttled: true);
        var throttledRate = limiter.FillRate;
        throttledRate.ShouldBeLessThan(afterFirstThrottle / 4);
        throttledRate.ShouldBeGreaterThanOrEqualTo(AdaptiveRateLimiter.MinFillRate);

        // The throttling stops: the cubic curve grows the rate back.
        Send(limiter, time, perSecond: 10, seconds: 10, throttled: false);
        limiter.FillRate.ShouldBeGreaterThan(throttledRate * 4);
    }

    [Fact]
    public async Task Acquire_WhenEnabled_WaitsForTheBucketToRefill()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddDays(20_000));
        var limiter = new AdaptiveRateLimiter(time);
        Send(limiter, time, perSecond: 4, seconds: 3, throttled: true);
        var rate = limiter.FillRate;

        // Drain what the bucket holds; the first acquire that cannot be served waits for fake time to pass.
        var served = 0;
        ValueTask next;
        while ((next = limiter.AcquireAsync(CancellationToken.None)).IsCompleted)
        {
            served++;
            served.ShouldBeLessThan(100);
        }

        var pending = next.AsTask();
        pending.IsCompleted.ShouldBeFalse();
        time.Advance(TimeSpan.FromSeconds(1.01 / rate));
        await pending.WaitAsync(TimeSpan.FromSeconds(10));
        pending.IsCompletedSuccessfully.ShouldBeTrue();
    }

    private static void Send(AdaptiveRateLimiter limiter, FakeTimeProvider time, int perSecond, int seconds, bool throttled)
    {
        for (var i = 0; i < perSecond * seconds; i++)
        {
            time.Advance(TimeSpan.FromSeconds(1.0 / perSecond));
            limiter.OnResponse(throttled);
        }
    }
}
