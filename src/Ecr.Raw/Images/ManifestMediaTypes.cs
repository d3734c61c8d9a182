using System.Collections.Generic;

namespace Ecr.Raw.Images;

/// <summary>The manifest media types an image service accepts by default, so a multi-arch image is never converted.</summary>
public static class ManifestMediaTypes
{
    /// <summary>Docker image manifest, schema 2.</summary>
    public const string DockerV2 = "application/vnd.docker.distribution.manifest.v2+json";

    /// <summary>Docker manifest list (multi-arch).</summary>
    public const string DockerManifestList = "application/vnd.docker.distribution.manifest.list.v2+json";

    /// <summary>OCI image manifest.</summary>
    public const string OciManifest = "application/vnd.oci.image.manifest.v1+json";

    /// <summary>OCI image index (multi-arch).</summary>
    public const string OciIndex = "application/vnd.oci.image.index.v1+json";

    /// <summary>All four.</summary>
    public static IReadOnlyList<string> All { get; } = [DockerV2, DockerManifestList, OciManifest, OciIndex];
}
