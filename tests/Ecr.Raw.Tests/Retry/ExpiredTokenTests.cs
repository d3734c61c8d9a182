using Ecr.Raw.Credentials;
using Ecr.Raw.Errors;
using Ecr.Raw.Model;
using Ecr.Raw.Testing;

namespace Ecr.Raw.Tests.Retry;

public sealed class ExpiredTokenTests : IDisposable
{
    private readonly InMemoryEcr _ecr = new();

    [Fact]
    public async Task ExpiredToken_RefreshesTheCachedCredentials_AndRetriesOnce()
    {
        var fetches = 0;
        var provider = new CachingCredentialsProvider(new Fetching(() =>
        {
            fetches++;
            return new AwsCredentials(_ecr.Credentials.AccessKeyId, _ecr.Credentials.SecretAccessKey, "token-" + fetches, DateTimeOffset.UtcNow.AddHours(1));
        }));
        using var client = _ecr.CreateClient(o => o.Credentials = provider);
        await client.DescribeRepositoriesAsync(new DescribeRepositoriesRequest());
        _ecr.FailNext("ExpiredTokenException", message: "The security token included in the request is expired");

        await client.DescribeRepositoriesAsync(new DescribeRepositoriesRequest());

        fetches.ShouldBe(2);
        _ecr.CallsTo("DescribeRepositories").ShouldBe(3);
    }

    [Fact]
    public async Task ExpiredToken_FromStaticCredentials_IsNotRetried()
    {
        using var client = _ecr.CreateClient();
        _ecr.FailNext("ExpiredTokenException");

        (await Should.ThrowAsync<EcrException>(() => client.DescribeRepositoriesAsync(new DescribeRepositoriesRequest()))).Kind.ShouldBe(EcrErrorKind.ExpiredToken);

        _ecr.CallsTo("DescribeRepositories").ShouldBe(1);
    }

    public void Dispose() => _ecr.Dispose();

    private sealed class Fetching(Func<AwsCredentials> fetch) : IAwsCredentialsProvider
    {
        public ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default) => new(fetch());
    }
}
