using System.Text;
using BenchmarkDotNet.Attributes;
using Ecr.Raw.Credentials;
using Ecr.Raw.Signing;

namespace Ecr.Raw.Benchmarks.Signing;

/// <summary>
/// Signing a typical ECR request: POST /, a ~60-byte JSON body, Host, Content-Type, X-Amz-Target, X-Amz-Date and a
/// session token. Each operation builds the request to sign from scratch, as a client does per call.
/// </summary>
[MemoryDiagnoser]
public class SignerBenchmarks
{
    private const string AccessKey = "AKIDEXAMPLE";
    private const string Secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private const string Token = "FQoGZXIvYXdzEXAMPLETOKENEXAMPLETOKENEXAMPLETOKEN/+=";
    private const string Target = "AmazonEC2ContainerRegistry_V20150921.ListImages";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"repositoryName":"team/app","maxResults":100,"filter":{}}""");
    private static readonly DateTimeOffset Time = new(2026, 12, 3, 10, 14, 18, TimeSpan.Zero);

    private readonly AwsCredentials _credentials = new(AccessKey, Secret, Token);
    private readonly SigV4Signer _signer = new();
    private readonly AwsSdkPeer _peer = new();

    [GlobalSetup]
    public void CheckBothSignTheSameThing()
    {
        if (EcrRawSameAsSdk() != AwsSdkCore())
        {
            throw new InvalidOperationException("Ecr.Raw and AWSSDK.Core disagree on the signature: the comparison would be unfair.");
        }
    }

    [Benchmark(Baseline = true, Description = "AWSSDK.Core AWS4Signer")]
    public string AwsSdkCore() => _peer.Sign(Body, Target, AccessKey, Secret, Token, Time.UtcDateTime);

    /// <summary>The same signature as the peer's: AWSSDK.Core always adds and signs x-amz-content-sha256.</summary>
    [Benchmark(Description = "Ecr.Raw SigV4Signer (+x-amz-content-sha256, as the SDK)")]
    public string EcrRawSameAsSdk() => Sign(WithContentSha256);

    /// <summary>What Ecr.Raw's ECR client signs: ECR, like botocore, needs no x-amz-content-sha256.</summary>
    [Benchmark(Description = "Ecr.Raw SigV4Signer (as the ECR client)")]
    public string EcrRaw() => Sign(SigningOptions.Default);

    private static readonly SigningOptions WithContentSha256 = new() { PayloadChecksumHeader = PayloadChecksumHeader.XAmzContentSha256 };

    private string Sign(SigningOptions options)
    {
        var request = new SignableRequest(
            "POST",
            "/",
            null,
            [
                new("Host", "api.ecr.us-east-1.amazonaws.com"),
                new("Content-Type", "application/x-amz-json-1.1"),
                new("X-Amz-Target", Target),
            ],
            SignablePayload.FromBytes(Body));
        return _signer.Sign(request, _credentials, "us-east-1", "ecr", Time, options).Authorization!;
    }
}
