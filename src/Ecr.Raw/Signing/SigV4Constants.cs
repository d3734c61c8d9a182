namespace Ecr.Raw.Signing;

/// <summary>Names and literals of the SigV4 specification.</summary>
internal static class SigV4Constants
{
    public const string Algorithm = "AWS4-HMAC-SHA256";
    public const string Terminator = "aws4_request";
    public const string AmzDateHeader = "X-Amz-Date";
    public const string SecurityTokenHeader = "X-Amz-Security-Token";
    public const string ContentSha256Header = "x-amz-content-sha256";
    public const string AuthorizationHeader = "Authorization";
    public const string AmzDateFormat = "yyyyMMdd'T'HHmmss'Z'";
}
