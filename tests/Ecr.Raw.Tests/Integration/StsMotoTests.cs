using Ecr.Raw.Credentials;
using Ecr.Raw.Model;
using Ecr.Raw.Tests.Support;

namespace Ecr.Raw.Tests.Integration;

[Collection(MotoCollection.Name)]
public sealed class StsMotoTests(MotoServer moto) : IDisposable
{
    private readonly TestEnvironment _env = new();

    private async Task<string> CreateRoleAsync(string name)
    {
        const string version = "2010-05-08";
        await moto.QueryAsync("iam", new Dictionary<string, string>
        {
            ["Action"] = "CreateRole",
            ["Version"] = version,
            ["RoleName"] = name,
            ["AssumeRolePolicyDocument"] = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":["sts:AssumeRole","sts:AssumeRoleWithWebIdentity"]}]}""",
        }, moto.Credentials);
        await moto.QueryAsync("iam", new Dictionary<string, string>
        {
            ["Action"] = "PutRolePolicy",
            ["Version"] = version,
            ["RoleName"] = name,
            ["PolicyName"] = "allow-all",
            ["PolicyDocument"] = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""",
        }, moto.Credentials);
        return $"arn:aws:iam::123456789012:role/{name}";
    }

    private async Task CallEcrWith(IAwsCredentialsProvider credentials)
    {
        using var client = new EcrClient(new EcrClientOptions { Region = MotoServer.Region, Endpoint = moto.Endpoint, Credentials = credentials });
        (await client.DescribeRepositoriesAsync(new DescribeRepositoriesRequest())).Repositories.ShouldNotBeNull();
    }

    [MotoFact]
    public async Task ProfileWithRoleAndSourceProfile_AssumesTheRole_ThenCallsEcr()
    {
        var role = await CreateRoleAsync("ecr-raw-assume");
        _env.WriteCredentials($"[base]\naws_access_key_id = {moto.Credentials.AccessKeyId}\naws_secret_access_key = {moto.Credentials.SecretAccessKey}\n");
        _env.WriteConfig($"[profile deploy]\nrole_arn = {role}\nsource_profile = base\nrole_session_name = it-session\n");
        _env.Variables["AWS_ENDPOINT_URL_STS"] = moto.Endpoint.ToString();
        var chain = new DefaultCredentialsChain(_env.Environment, null, new AwsCredentialsOptions { ProfileName = "deploy" });

        var credentials = await chain.GetCredentialsAsync();

        credentials.AccessKeyId.ShouldStartWith("ASIA");
        credentials.SessionToken.ShouldNotBeNullOrEmpty();
        credentials.Expiration.ShouldNotBeNull();
        await CallEcrWith(chain);
    }

    [MotoFact]
    public async Task WebIdentityFromEnvironment_AssumesTheRole_ThenCallsEcr()
    {
        var role = await CreateRoleAsync("ecr-raw-irsa");
        _env.Variables["AWS_WEB_IDENTITY_TOKEN_FILE"] = _env.Write("token", "eyJhbGciOiJIUzI1NiJ9.e30.sig");
        _env.Variables["AWS_ROLE_ARN"] = role;
        _env.Variables["AWS_ROLE_SESSION_NAME"] = "irsa";
        _env.Variables["AWS_ENDPOINT_URL_STS"] = moto.Endpoint.ToString();
        var chain = new DefaultCredentialsChain(_env.Environment, null, new AwsCredentialsOptions());
        await moto.AllowUnsignedActionsAsync(1);

        var credentials = await chain.GetCredentialsAsync();

        chain.SourceInUse.ShouldBe("web identity");
        credentials.SessionToken.ShouldNotBeNullOrEmpty();
        await CallEcrWith(chain);
    }

    public void Dispose() => _env.Dispose();
}
