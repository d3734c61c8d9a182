using Microsoft.Extensions.Time.Testing;

namespace Ecr.Raw.Tests.Support;

/// <summary>
/// Fake time in which every timer fires at once: the clock jumps forward by the timer's due time. Retry backoffs then
/// take no real time, while the clock (and so signing time) moves exactly as the delays say.
/// </summary>
public sealed class AutoAdvancingTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly FakeTimeProvider _fake = new(start);

    public List<TimeSpan> Timers { get; } = [];

    public override DateTimeOffset GetUtcNow() => _fake.GetUtcNow();

    public override long GetTimestamp() => _fake.GetTimestamp();

    public override long TimestampFrequency => _fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = _fake.CreateTimer(callback, state, dueTime, period);
        if (dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (Timers)
            {
                Timers.Add(dueTime);
            }

            ThreadPool.QueueUserWorkItem(_ => _fake.Advance(dueTime));
        }

        return timer;
    }
}
