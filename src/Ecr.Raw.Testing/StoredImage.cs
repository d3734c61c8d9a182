using System;
using System.Collections.Generic;

namespace Ecr.Raw.Testing;

/// <summary>One image of an in-memory repository: the manifest as pushed, its digest (sha256 of those bytes) and its tags.</summary>
internal sealed class StoredImage
{
    public StoredImage(string digest, string manifest, string mediaType, long size, DateTimeOffset pushedAt)
    {
        Digest = digest;
        Manifest = manifest;
        MediaType = mediaType;
        Size = size;
        PushedAt = pushedAt;
    }

    public string Digest { get; }

    public string Manifest { get; }

    public string MediaType { get; }

    public long Size { get; }

    public DateTimeOffset PushedAt { get; }

    /// <summary>Tags in the order they were added.</summary>
    public List<string> Tags { get; } = [];
}
