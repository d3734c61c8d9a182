using System;

namespace Ecr.Raw.Signing;

/// <summary>
/// How to sign: the location of the signature and the canonicalisation rules. The defaults fit ECR and every
/// JSON or Query service; S3 wants <see cref="UriPathEncoding.Single"/>, <see cref="UriPathNormalization.None"/> and
/// <see cref="PayloadChecksumHeader.XAmzContentSha256"/>. Instances are immutable and can be shared.
/// </summary>
public sealed class SigningOptions
{
    /// <summary>The longest a presigned URL may be valid: 7 days.</summary>
    public static readonly TimeSpan MaxExpiry = TimeSpan.FromSeconds(604_800);

    private readonly TimeSpan _expiresIn = TimeSpan.FromMinutes(15);

    /// <summary>Header mode with the defaults below.</summary>
    public static SigningOptions Default { get; } = new();

    /// <summary>Where the signature goes.</summary>
    /// <value>Defaults to <see cref="SignatureLocation.Headers"/>.</value>
    public SignatureLocation Location { get; init; } = SignatureLocation.Headers;

    /// <summary>How the path is encoded.</summary>
    /// <value>Defaults to <see cref="UriPathEncoding.Double"/>.</value>
    public UriPathEncoding PathEncoding { get; init; } = UriPathEncoding.Double;

    /// <summary>Whether the path is normalised first.</summary>
    /// <value>Defaults to <see cref="UriPathNormalization.RemoveDotSegments"/>.</value>
    public UriPathNormalization PathNormalization { get; init; } = UriPathNormalization.RemoveDotSegments;

    /// <summary>How a session token is attached.</summary>
    /// <value>Defaults to <see cref="SessionTokenPlacement.Signed"/>.</value>
    public SessionTokenPlacement SessionTokenPlacement { get; init; } = SessionTokenPlacement.Signed;

    /// <summary>Whether <c>x-amz-content-sha256</c> is sent (header mode only).</summary>
    /// <value>Defaults to <see cref="PayloadChecksumHeader.None"/>.</value>
    public PayloadChecksumHeader PayloadChecksumHeader { get; init; } = PayloadChecksumHeader.None;

    /// <summary>How long a presigned URL stays valid (query mode only), sent as <c>X-Amz-Expires</c> in whole seconds.</summary>
    /// <value>Defaults to 15 minutes; 1 second to 7 days.</value>
    /// <exception cref="ArgumentOutOfRangeException">Not a whole number of seconds from 1 to 604800.</exception>
    public TimeSpan ExpiresIn
    {
        get => _expiresIn;
        init
        {
            if (value < TimeSpan.FromSeconds(1) || value > MaxExpiry || value.Ticks % TimeSpan.TicksPerSecond != 0)
            {
                throw new ArgumentOutOfRangeException(nameof(ExpiresIn), value, "X-Amz-Expires must be a whole number of seconds from 1 to 604800 (7 days).");
            }

            _expiresIn = value;
        }
    }
}
