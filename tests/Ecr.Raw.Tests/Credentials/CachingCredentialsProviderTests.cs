using Ecr.Raw.Credentials;
using Microsoft.Extensions.Time.Testing;

namespace Ecr.Raw.Tests.Credentials;

public sealed class CachingCredentialsProviderTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));

    private AwsCredentials Expiring(string id, TimeSpan after) => new(id, "secret", "token", _time.GetUtcNow() + after);

    [Fact]
    public async Task ThousandCallersOnExpiredCredentials_CauseExactlyOneFetch()
    {
        var fetches = 0;
        var gate = new TaskCompletionSource();
        var provider = new CachingCredentialsProvider(
            async _ =>
            {
                Interlocked.Increment(ref fetches);
                await gate.Task;
                return Expiring("AKIDNEW", TimeSpan.FromHours(1));
            },
            null,
            _time,
            null,
            Expiring("AKIDOLD", TimeSpan.FromMinutes(-1)));

        // Every call has joined the refresh by the time it returns its pending task; only then may the fetch finish.
        var callers = Enumerable.Range(0, 1000).Select(_ => provider.GetCredentialsAsync().AsTask()).ToArray();
        callers.ShouldAllBe(c => !c.IsCompleted);
        gate.SetResult();
        var results = await Task.WhenAll(callers);

        fetches.ShouldBe(1);
        results.ShouldAllBe(c => c.AccessKeyId == "AKIDNEW");
    }

    [Fact]
    public async Task Refresh_HappensFiveMinutesBeforeExpiry_NotEarlier()
    {
        var fetches = 0;
        var provider = new CachingCredentialsProvider(_ => new ValueTask<AwsCredentials>(Expiring("F" + Interlocked.Increment(ref fetches), TimeSpan.FromMinutes(30))), null, _time, null, null);

        (await provider.GetCredentialsAsync()).AccessKeyId.ShouldBe("F1");
        _time.Advance(TimeSpan.FromMinutes(24));
        (await provider.GetCredentialsAsync()).AccessKeyId.ShouldBe("F1");
        _time.Advance(TimeSpan.FromMinutes(1.5));
        (await provider.GetCredentialsAsync()).AccessKeyId.ShouldBe("F2");
    }

    [Fact]
    public async Task FailedRefresh_ServesTheLastGoodCredentialsForABoundedTime_WithAWarning()
    {
        var fail = false;
        var provider = new CachingCredentialsProvider(
            _ => fail ? throw new InvalidOperationException("metadata down") : new ValueTask<AwsCredentials>(Expiring("GOOD", TimeSpan.FromMinutes(10))),
            null,
            _time,
            TimeSpan.FromMinutes(15),
            null);
        var warnings = new List<CredentialRefreshFailedEventArgs>();
        provider.RefreshFailed += (_, e) => warnings.Add(e);
        await provider.GetCredentialsAsync();

        fail = true;
        _time.Advance(TimeSpan.FromMinutes(6));
        (await provider.GetCredentialsAsync()).AccessKeyId.ShouldBe("GOOD");
        warnings.ShouldHaveSingleItem().Error.Message.ShouldBe("metadata down");

        // Past expiry plus the grace period the old credentials are useless: the failure surfaces.
        _time.Advance(TimeSpan.FromMinutes(30));
        await Should.ThrowAsync<InvalidOperationException>(() => provider.GetCredentialsAsync().AsTask());
    }

    [Fact]
    public async Task CallerCancellation_DoesNotCancelTheSharedRefresh()
    {
        var gate = new TaskCompletionSource();
        var provider = new CachingCredentialsProvider(async _ => { await gate.Task; return Expiring("A", TimeSpan.FromHours(1)); }, null, _time, null, null);
        using var cts = new CancellationTokenSource();

        var cancelled = provider.GetCredentialsAsync(cts.Token).AsTask();
        var patient = provider.GetCredentialsAsync().AsTask();
        await cts.CancelAsync();
        gate.SetResult();

        await Should.ThrowAsync<OperationCanceledException>(() => cancelled);
        (await patient).AccessKeyId.ShouldBe("A");
    }
}
