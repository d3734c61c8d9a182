using Polly;

namespace Ecr.Raw.Retry;

/// <summary>What the attempts of one operation share: its invocation id, the attempt count and the retry bookkeeping.</summary>
internal sealed class AttemptState
{
    public static readonly ResiliencePropertyKey<AttemptState> Key = new("Ecr.Raw.AttemptState");

    public AttemptState(string operation, string invocationId, int maxAttempts)
    {
        Operation = operation;
        InvocationId = invocationId;
        MaxAttempts = maxAttempts;
    }

    public string Operation { get; }

    /// <summary>One id for all attempts, so servers and logs can tie them together (<c>amz-sdk-invocation-id</c>).</summary>
    public string InvocationId { get; }

    public int MaxAttempts { get; }

    /// <summary>The attempt under way, from 1.</summary>
    public int Attempt { get; set; }

    /// <summary>What the last retry took from the quota; refunded when that retry succeeds.</summary>
    public int LastRetryCost { get; set; }

    /// <summary>Whether the one re-sign after a clock-skew failure has been used.</summary>
    public bool SkewRetried { get; set; }

    /// <summary>Whether the credentials provider can fetch anew after an ExpiredToken answer.</summary>
    public bool CanRefreshCredentials { get; init; }

    /// <summary>Whether the one retry with refreshed credentials has been used.</summary>
    public bool CredentialsRefreshed { get; set; }
}
