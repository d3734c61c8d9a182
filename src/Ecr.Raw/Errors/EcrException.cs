using System;
using System.Net;

namespace Ecr.Raw.Errors;

/// <summary>
/// A failed ECR call: the service's answer, or a failure on the way to it. Carries data, never secrets: no
/// credentials, session tokens, Authorization headers or signatures appear in its message.
/// </summary>
public class EcrException : Exception
{
    /// <summary>Creates an exception.</summary>
    /// <param name="kind">What went wrong.</param>
    /// <param name="message">A description safe to log.</param>
    /// <param name="errorCode">The service's error code, if it sent one.</param>
    /// <param name="statusCode">The HTTP status, if a response arrived.</param>
    /// <param name="requestId">The service's request id, if it sent one.</param>
    /// <param name="operation">The ECR operation, for example <c>ListImages</c>.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public EcrException(
        EcrErrorKind kind,
        string message,
        string? errorCode = null,
        HttpStatusCode? statusCode = null,
        string? requestId = null,
        string? operation = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        ErrorCode = errorCode;
        StatusCode = statusCode;
        RequestId = requestId;
        Operation = operation;
    }

    /// <summary>What went wrong.</summary>
    public EcrErrorKind Kind { get; }

    /// <summary>The service's error code (for example <c>RepositoryNotFoundException</c>), or <see langword="null"/> when none was sent.</summary>
    public string? ErrorCode { get; }

    /// <summary>The HTTP status of the response, or <see langword="null"/> when none arrived.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The request id the service gave (<c>x-amzn-RequestId</c>), for AWS support.</summary>
    public string? RequestId { get; }

    /// <summary>The ECR operation that failed, for example <c>ListImages</c>.</summary>
    public string? Operation { get; }

    /// <summary>Whether the same call may succeed if tried again: <see cref="EcrErrorKindExtensions.IsRetryable"/> of <see cref="Kind"/>.</summary>
    public bool IsRetryable => Kind.IsRetryable();

    /// <summary>The wait the service asked for (<c>x-amz-retry-after</c> or <c>Retry-After</c>), if any.</summary>
    public TimeSpan? RetryAfter { get; internal set; }
}
