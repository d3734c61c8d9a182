namespace Ecr.Raw.Signing;

/// <summary>Where a SigV4 signature is carried.</summary>
public enum SignatureLocation
{
    /// <summary>In the <c>Authorization</c> header, with <c>X-Amz-Date</c> (and <c>X-Amz-Security-Token</c>) headers.</summary>
    Headers = 0,

    /// <summary>In the query string: a presigned URL that carries <c>X-Amz-Signature</c> and <c>X-Amz-Expires</c>.</summary>
    QueryString = 1,
}
