using Ecr.Raw.Retry;

namespace Ecr.Raw.Tests.Retry;

public sealed class RetryBackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData(1, 1.0, 50)]
    [InlineData(2, 1.0, 100)]
    [InlineData(3, 0.5, 100)]
    [InlineData(10, 1.0, 20_000)]
    [InlineData(40, 1.0, 20_000)]
    [InlineData(4, 0.0, 0)]
    public void Compute_FullJitterOfCappedExponential(int retry, double random, double expectedMs)
    {
        RetryBackoff.Compute(retry, Base, Max, random, retryAfter: null).TotalMilliseconds.ShouldBe(expectedMs, 0.001);
    }

    [Theory]
    [InlineData(10, 25)]
    [InlineData(2_000, 2_000)]
    [InlineData(60_000, 5_025)]
    public void Compute_RetryAfter_ClampedToComputedPlusFiveSeconds(int hintMs, double expectedMs)
    {
        RetryBackoff.Compute(1, Base, Max, 0.5, TimeSpan.FromMilliseconds(hintMs)).TotalMilliseconds.ShouldBe(expectedMs, 0.001);
    }
}
