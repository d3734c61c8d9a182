namespace Ecr.Raw.Errors;

/// <summary>What each <see cref="EcrErrorKind"/> means for a caller.</summary>
public static class EcrErrorKindExtensions
{
    /// <summary>
    /// Whether a call that failed this way may succeed if tried again unchanged. The retry pipeline asks nothing else.
    /// Clock skew and expired tokens are not in this list: they need the request or the credentials changed first.
    /// </summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> for throttling, transient server and network failures.</returns>
    public static bool IsRetryable(this EcrErrorKind kind) => kind switch
    {
        EcrErrorKind.Throttling or EcrErrorKind.LimitExceeded => true,
        EcrErrorKind.ServerError or EcrErrorKind.InternalFailure or EcrErrorKind.ServiceUnavailable => true,
        EcrErrorKind.Network or EcrErrorKind.Timeout or EcrErrorKind.InvalidResponse => true,
        _ => false,
    };

    /// <summary>Whether the service asked the caller to slow down; retries after throttling back off longer.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> for <see cref="EcrErrorKind.Throttling"/> and <see cref="EcrErrorKind.LimitExceeded"/>.</returns>
    public static bool IsThrottling(this EcrErrorKind kind) => kind is EcrErrorKind.Throttling or EcrErrorKind.LimitExceeded;

    /// <summary>Whether the failure is about who is calling: keys, token, signature, clock or permissions.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> for the authentication and authorisation kinds.</returns>
    public static bool IsAuthentication(this EcrErrorKind kind) => kind is EcrErrorKind.AccessDenied or EcrErrorKind.UnrecognizedClient
        or EcrErrorKind.InvalidSignature or EcrErrorKind.ExpiredToken or EcrErrorKind.ClockSkew;
}
