using Microsoft.Extensions.Time.Testing;

namespace Ecr.Raw.Tests.Support;

/// <summary>Fake time that tells the test each time code under test starts a timer, so it can advance exactly then.</summary>
public sealed class SignalingTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly SemaphoreSlim _timerCreated = new(0);
    private int _timers;

    public FakeTimeProvider Fake { get; } = new(start);

    public override DateTimeOffset GetUtcNow() => Fake.GetUtcNow();

    public override long GetTimestamp() => Fake.GetTimestamp();

    public override long TimestampFrequency => Fake.TimestampFrequency;

    public int TimersCreated => Volatile.Read(ref _timers);

    public Task WaitForTimerAsync() => _timerCreated.WaitAsync(TimeSpan.FromSeconds(30));

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = Fake.CreateTimer(callback, state, dueTime, period);
        Interlocked.Increment(ref _timers);
        _timerCreated.Release();
        return timer;
    }
}
