using System;
using Ecr.Raw.Errors;

namespace Ecr.Raw.Retry;

/// <summary>
/// The offset between this machine's clock and the service's, learned from each response's <c>Date</c> header and applied
/// to signing, as the AWS SDKs do. Responses served from a cache (<c>Age</c>) or that took over 15 minutes teach nothing.
/// </summary>
internal sealed class ClockSkew
{
    /// <summary>Below this the local clock is trusted: AWS accepts a few minutes either way.</summary>
    public static readonly TimeSpan Threshold = TimeSpan.FromMinutes(4);

    private static readonly TimeSpan MaxRoundTrip = TimeSpan.FromMinutes(15);
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(System.Threading.Interlocked.Read(ref _offsetTicks));

    public void Observe(DateTimeOffset? serverDate, bool servedFromCache, DateTimeOffset sentAt, DateTimeOffset receivedAt)
    {
        if (serverDate is not { } date || servedFromCache || receivedAt - sentAt > MaxRoundTrip)
        {
            return;
        }

        var difference = date - receivedAt;
        var offset = difference.Duration() > Threshold ? difference : TimeSpan.Zero;
        System.Threading.Interlocked.Exchange(ref _offsetTicks, offset.Ticks);
    }

    /// <summary>Whether a failure is the service refusing the request's time, so re-signing with a corrected clock may help.</summary>
    public static bool IsSkewError(EcrException error)
    {
        if (error.Kind == EcrErrorKind.ClockSkew)
        {
            return true;
        }

        if (error.Kind != EcrErrorKind.InvalidSignature)
        {
            return false;
        }

        var message = error.Message;
        return Mentions(message, "expired") || Mentions(message, "time") || Mentions(message, "skew") || Mentions(message, "earlier than") || Mentions(message, "later than");

        static bool Mentions(string text, string word) => text.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
