namespace Ecr.Raw.Model;

/// <summary>An image by tag, digest, or both.</summary>
public sealed record ImageIdentifier
{
    /// <summary>The digest, <c>sha256:</c> and 64 hex digits.</summary>
    public string? ImageDigest { get; init; }

    /// <summary>The tag.</summary>
    public string? ImageTag { get; init; }
}
