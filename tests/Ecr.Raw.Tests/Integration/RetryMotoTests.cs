using System.Net;
using System.Text;
using Ecr.Raw.Credentials;
using Ecr.Raw.Errors;
using Ecr.Raw.Model;
using Ecr.Raw.Retry;

namespace Ecr.Raw.Tests.Integration;

[Collection(MotoCollection.Name)]
public sealed class RetryMotoTests(MotoServer moto)
{
    [MotoFact]
    public async Task ThrottledListImages_SucceedsAgainstMotoOnTheThirdAttempt()
    {
        const string repo = "it/throttled";
        var faults = new ThrottleFirstRequests(2) { InnerHandler = new HttpClientHandler() };
        var retries = new List<EcrRetryEvent>();
        using var client = new EcrClient(new EcrClientOptions
        {
            Region = MotoServer.Region,
            Endpoint = moto.Endpoint,
            Credentials = new StaticCredentialsProvider(moto.Credentials),
            HttpMessageHandler = faults,
            Retry = { Jitter = () => 0, OnRetry = retries.Add },
        });
        await client.CreateRepositoryAsync(new CreateRepositoryRequest { RepositoryName = repo });
        faults.Arm();

        var result = await client.ListImagesAsync(new ListImagesRequest { RepositoryName = repo });

        result.ImageIds.ShouldBeEmpty();
        faults.Sent.ShouldBe(3);
        retries.Select(r => r.Kind).ShouldBe([EcrErrorKind.Throttling, EcrErrorKind.Throttling]);
        await client.DeleteRepositoryAsync(new DeleteRepositoryRequest { RepositoryName = repo, Force = true });
    }

    /// <summary>Answers the first N requests after <see cref="Arm"/> with ECR's throttling error; lets the rest reach moto.</summary>
    private sealed class ThrottleFirstRequests(int count) : DelegatingHandler
    {
        private int _remaining;

        public int Sent { get; private set; }

        public void Arm()
        {
            _remaining = count;
            Sent = 0;
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Sent++;
            if (_remaining-- > 0)
            {
                var response = new HttpResponseMessage(HttpStatusCode.BadRequest)
                {
                    Content = new StringContent("""{"__type":"ThrottlingException","message":"Rate exceeded"}""", Encoding.UTF8, "application/x-amz-json-1.1"),
                };
                return Task.FromResult(response);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
