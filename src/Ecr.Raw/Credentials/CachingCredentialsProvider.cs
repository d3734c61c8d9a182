using System;
using System.Threading;
using System.Threading.Tasks;

namespace Ecr.Raw.Credentials;

/// <summary>
/// Caches credentials until shortly before they expire, with one refresh for all concurrent callers (1,000 callers
/// waiting on expired credentials cause one fetch). When a refresh fails, the last good credentials are served a while
/// longer, bounded by a grace period past their expiry, and <see cref="RefreshFailed"/> is raised.
/// </summary>
public sealed class CachingCredentialsProvider : IAwsCredentialsProvider, IExpirableCredentials
{
    private static readonly TimeSpan RetryFailedRefreshAfter = TimeSpan.FromMinutes(1);
    private readonly Func<CancellationToken, ValueTask<AwsCredentials>> _fetch;
    private readonly TimeSpan _refreshBefore;
    private readonly TimeSpan _grace;
    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private AwsCredentials? _current;
    private DateTimeOffset? _staleUntil;
    private Task<AwsCredentials>? _refresh;
    private AwsCredentials? _rejected;

    /// <summary>Caches another provider's credentials.</summary>
    /// <param name="inner">Where fresh credentials come from.</param>
    /// <param name="refreshBefore">How long before expiry to refresh; 5 minutes when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <param name="staleGrace">How long past expiry the last good credentials may be served when refreshing fails; 15 minutes when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="inner"/> is null.</exception>
    public CachingCredentialsProvider(IAwsCredentialsProvider inner, TimeSpan? refreshBefore = null, TimeProvider? timeProvider = null, TimeSpan? staleGrace = null)
        : this((inner ?? throw new ArgumentNullException(nameof(inner))).GetCredentialsAsync, refreshBefore, timeProvider, staleGrace, null)
    {
    }

    internal CachingCredentialsProvider(Func<CancellationToken, ValueTask<AwsCredentials>> fetch, TimeSpan? refreshBefore, TimeProvider? timeProvider, TimeSpan? staleGrace, AwsCredentials? initial)
    {
        _fetch = fetch;
        _refreshBefore = refreshBefore ?? TimeSpan.FromMinutes(5);
        _time = timeProvider ?? TimeProvider.System;
        _grace = staleGrace ?? TimeSpan.FromMinutes(15);
        _current = initial;
    }

    /// <summary>Raised when a refresh failed and the previous credentials are served for a while longer.</summary>
    public event EventHandler<CredentialRefreshFailedEventArgs>? RefreshFailed;

    /// <inheritdoc />
    public async ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default)
    {
        var current = Volatile.Read(ref _current);
        if (current is not null && IsFresh(current, _time.GetUtcNow()))
        {
            return current;
        }

        TaskCompletionSource<AwsCredentials>? mine = null;
        Task<AwsCredentials> refresh;
        lock (_gate)
        {
            if (_refresh is null)
            {
                mine = new TaskCompletionSource<AwsCredentials>(TaskCreationOptions.RunContinuationsAsynchronously);
                _refresh = mine.Task;
            }

            refresh = _refresh;
        }

        if (mine is not null)
        {
            // The fetch is shared: one caller's cancellation must not cancel it for the others.
            _ = RefreshAsync(mine);
        }

#if NET8_0_OR_GREATER
        return await refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
#else
        if (!cancellationToken.CanBeCanceled)
        {
            return await refresh.ConfigureAwait(false);
        }

        var cancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        using (cancellationToken.Register(() => cancelled.TrySetResult(true)))
        {
            if (await Task.WhenAny(refresh, cancelled.Task).ConfigureAwait(false) != refresh)
            {
                throw new OperationCanceledException(cancellationToken);
            }
        }

        return await refresh.ConfigureAwait(false);
#endif
    }

    void IExpirableCredentials.MarkExpired(AwsCredentials credentials)
    {
        // Only the credentials still being served: a refresh another caller already did must not be thrown away.
        if (ReferenceEquals(Volatile.Read(ref _current), credentials))
        {
            Volatile.Write(ref _rejected, credentials);
            _staleUntil = null;
        }
    }

    private bool IsFresh(AwsCredentials credentials, DateTimeOffset now)
    {
        if (ReferenceEquals(Volatile.Read(ref _rejected), credentials))
        {
            return false;
        }

        if (_staleUntil is { } staleUntil && now < staleUntil)
        {
            return true;
        }

        return credentials.Expiration is not { } expiration || now < expiration - _refreshBefore;
    }

    private async Task RefreshAsync(TaskCompletionSource<AwsCredentials> completion)
    {
        try
        {
            var fresh = await _fetch(CancellationToken.None).ConfigureAwait(false);
            _staleUntil = null;
            Volatile.Write(ref _current, fresh);
            completion.SetResult(fresh);
        }
        catch (Exception ex)
        {
            var last = _current;
            var now = _time.GetUtcNow();
            if (last is not null && (last.Expiration is not { } expiration || now < expiration + _grace))
            {
                var until = now + RetryFailedRefreshAfter;
                _staleUntil = until;
                RefreshFailed?.Invoke(this, new CredentialRefreshFailedEventArgs(ex, until));
                completion.SetResult(last);
            }
            else
            {
                completion.SetException(ex);
            }
        }
        finally
        {
            lock (_gate)
            {
                _refresh = null;
            }
        }
    }
}
