using System;
using System.Threading;
using System.Threading.Tasks;

namespace Ecr.Raw.Credentials;

/// <summary>A cancellation source that fires after a delay on the given clock (fake in tests).</summary>
internal static class MetadataTimeout
{
    public static CancellationTokenSource Create(TimeProvider time, TimeSpan delay)
    {
#if NET8_0_OR_GREATER
        return new CancellationTokenSource(delay, time);
#else
        return time.CreateCancellationTokenSource(delay);
#endif
    }
}
