namespace Ecr.Raw.Signing;

/// <summary>How the request path is percent-encoded in the canonical request.</summary>
public enum UriPathEncoding
{
    /// <summary>
    /// Every service but S3: each segment of the path as sent on the wire is encoded again, so <c>%20</c> on the wire
    /// becomes <c>%2520</c> in the canonical request.
    /// </summary>
    Double = 0,

    /// <summary>S3: the path as sent is used once-encoded: its <c>%XX</c> escapes are kept and any other reserved character is encoded.</summary>
    Single = 1,
}
