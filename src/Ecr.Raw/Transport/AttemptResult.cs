namespace Ecr.Raw.Transport;

/// <summary>A parsed response and the request id it came with.</summary>
internal readonly struct AttemptResult<TResponse>
{
    public AttemptResult(TResponse response, string? requestId)
    {
        Response = response;
        RequestId = requestId;
    }

    public TResponse Response { get; }

    public string? RequestId { get; }
}
