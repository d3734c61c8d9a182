using System;
using System.IO;

namespace Ecr.Raw.Transport;

/// <summary>Raised inside the read of a body that grew past the configured cap; the transport turns it into an EcrException.</summary>
internal sealed class ResponseTooLargeException : IOException
{
    public ResponseTooLargeException(long limit)
        : base($"The response body exceeded the limit of {limit} bytes.")
    {
        Limit = limit;
    }

    public long Limit { get; }
}
