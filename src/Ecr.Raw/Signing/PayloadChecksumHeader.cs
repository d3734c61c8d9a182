namespace Ecr.Raw.Signing;

/// <summary>Whether the payload hash is also sent as a header (header mode only).</summary>
public enum PayloadChecksumHeader
{
    /// <summary>The payload hash is used only inside the canonical request, as for ECR and most JSON services.</summary>
    None = 0,

    /// <summary>The hash is sent and signed as <c>x-amz-content-sha256</c>, as S3 requires.</summary>
    XAmzContentSha256 = 1,
}
