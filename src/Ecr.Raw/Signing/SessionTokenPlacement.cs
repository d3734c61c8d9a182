namespace Ecr.Raw.Signing;

/// <summary>How a session token is attached to a signed request.</summary>
public enum SessionTokenPlacement
{
    /// <summary>The token is part of the signed request (<c>X-Amz-Security-Token</c> is a signed header or query parameter). The usual choice.</summary>
    Signed = 0,

    /// <summary>The token is added after signing and is not covered by the signature, as a few services require.</summary>
    AddedAfterSigning = 1,
}
