using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Auth;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal.Util;

namespace Ecr.Raw.Benchmarks.Signing;

/// <summary>The AWS SDK for .NET's own SigV4 signer (AWSSDK.Core), driven as its pipeline drives it.</summary>
public sealed class AwsSdkPeer
{
    private readonly AWS4Signer _signer = new();
    private readonly PeerConfig _config = new() { AuthenticationRegion = "us-east-1", AuthenticationServiceName = "ecr" };
    private readonly Uri _endpoint = new("https://api.ecr.us-east-1.amazonaws.com");

    public string Sign(byte[] body, string target, string accessKey, string secret, string token, DateTime utcNow)
    {
        IRequest request = new DefaultRequest(new PeerRequest(), "ECR")
        {
            Endpoint = _endpoint,
            ResourcePath = "/",
            HttpMethod = "POST",
            Content = body,
        };
        request.Headers["Content-Type"] = "application/x-amz-json-1.1";
        request.Headers["X-Amz-Target"] = target;
        request.Headers["X-Amz-Security-Token"] = token;
        var result = _signer.SignRequest(request, _config, new RequestMetrics(), accessKey, secret, utcNow);
        request.Headers["Authorization"] = result.ForAuthorizationHeader;
        return result.ForAuthorizationHeader;
    }

    /// <summary>Signs a ListImages call to <paramref name="endpoint"/> with static keys; returns the headers to send.</summary>
    public IDictionary<string, string> SignHeaders(byte[] body, Uri endpoint, DateTime utcNow)
    {
        IRequest request = new DefaultRequest(new PeerRequest(), "ECR")
        {
            Endpoint = endpoint,
            ResourcePath = "/",
            HttpMethod = "POST",
            Content = body,
        };
        request.Headers["Content-Type"] = "application/x-amz-json-1.1";
        request.Headers["X-Amz-Target"] = "AmazonEC2ContainerRegistry_V20150921.ListImages";
        var result = _signer.SignRequest(request, _config, new RequestMetrics(), "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", utcNow);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Authorization"] = result.ForAuthorizationHeader,
        };
        foreach (var header in request.Headers)
        {
            if (header.Key is not ("Content-Type" or "X-Amz-Target" or "Host"))
            {
                headers[header.Key] = header.Value;
            }
        }

        return headers;
    }

    private sealed class PeerRequest : AmazonWebServiceRequest
    {
    }

    private sealed class PeerConfig : ClientConfig
    {
        public PeerConfig()
            : base(null)
        {
        }

        public override string RegionEndpointServiceName => "ecr";

        public override string ServiceVersion => "2015-09-21";

        public override string UserAgent => "bench";

        public override Endpoint DetermineServiceOperationEndpoint(ServiceOperationEndpointParameters parameters) =>
            new("https://api.ecr.us-east-1.amazonaws.com");
    }
}
