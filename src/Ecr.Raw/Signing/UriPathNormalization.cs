namespace Ecr.Raw.Signing;

/// <summary>Whether the request path is normalised before it is encoded.</summary>
public enum UriPathNormalization
{
    /// <summary>Remove <c>.</c> and <c>..</c> segments and empty segments (<c>//</c>), as every service but S3 expects.</summary>
    RemoveDotSegments = 0,

    /// <summary>Use the path exactly as sent (S3).</summary>
    None = 1,
}
