using System;
using Ecr.Raw.Credentials;

namespace Ecr.Raw.Signing;

/// <summary>Everything one signature is computed from; kept by the result so diagnostics can be rebuilt on demand.</summary>
internal readonly struct SigningContext
{
    public SigningContext(SignableRequest request, AwsCredentials credentials, string region, string service, DateTimeOffset time, SigningOptions options, string amzDate, string? payloadHash)
    {
        Request = request;
        Credentials = credentials;
        Region = region;
        Service = service;
        Time = time;
        Options = options;
        AmzDate = amzDate;
        PayloadHash = payloadHash;
    }

    public SignableRequest Request { get; }

    public AwsCredentials Credentials { get; }

    public string Region { get; }

    public string Service { get; }

    public DateTimeOffset Time { get; }

    public SigningOptions Options { get; }

    /// <summary><c>yyyyMMddTHHmmssZ</c>.</summary>
    public string AmzDate { get; }

    /// <summary>The payload hash when it was needed as a string anyway (for <c>x-amz-content-sha256</c>).</summary>
    public string? PayloadHash { get; }

    public bool IsQueryMode => Options.Location == SignatureLocation.QueryString;

    /// <summary>Whether the session token is covered by the signature.</summary>
    public bool SignsToken => Credentials.SessionToken is not null && Options.SessionTokenPlacement == SessionTokenPlacement.Signed;

    public ReadOnlySpan<char> DateStamp => AmzDate.AsSpan(0, 8);

    /// <summary><c>yyyyMMdd/region/service/aws4_request</c>.</summary>
    public void WriteScope(ref Internal.CharBuffer buffer)
    {
        buffer.Append(DateStamp);
        buffer.Append('/');
        buffer.Append(Region);
        buffer.Append('/');
        buffer.Append(Service);
        buffer.Append('/');
        buffer.Append(SigV4Constants.Terminator);
    }
}
