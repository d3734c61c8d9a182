using System.Globalization;
using System.Text;
using Ecr.Raw.Credentials;
using Ecr.Raw.Signing;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Ecr.Raw.Tests.Support;

/// <summary>A WireMock.Net server standing in for ECR, with a client pointed at it and a check of each request's signature.</summary>
public sealed class EcrStub : IDisposable
{
    public const string AccessKey = "AKIDSTUBEXAMPLE";
    public const string Secret = "stub-secret-key-that-must-never-be-logged";
    public const string Region = "us-west-2";

    public EcrStub()
    {
        Server = WireMockServer.Start();
    }

    public WireMockServer Server { get; }

    public Uri Endpoint => new(Server.Urls[0]);

    public AwsCredentials Credentials { get; } = new(AccessKey, Secret);

    public IReadOnlyList<ILogEntry> Requests => Server.LogEntries.ToList();

    public EcrClient CreateClient(Action<EcrClientOptions>? configure = null)
    {
        var options = new EcrClientOptions
        {
            Region = Region,
            Endpoint = Endpoint,
            Credentials = new StaticCredentialsProvider(Credentials),
        };
        configure?.Invoke(options);
        return new EcrClient(options, _ => null);
    }

    /// <summary>Answers the given operation (or any, when null) with a status, a body and headers.</summary>
    public void Respond(string? operation, int status, string body, params (string Name, string Value)[] headers)
    {
        var request = Request.Create().WithPath("/").UsingPost();
        if (operation is not null)
        {
            request = request.WithHeader("X-Amz-Target", "AmazonEC2ContainerRegistry_V20150921." + operation);
        }

        Server.Given(request).RespondWith(WithHeaders(Response.Create().WithStatusCode(status).WithBody(body), headers));
    }

    public void RespondBytes(int status, byte[] body, params (string Name, string Value)[] headers)
    {
        Server.Given(Request.Create().WithPath("/").UsingPost()).RespondWith(WithHeaders(Response.Create().WithStatusCode(status).WithBody(body), headers));
    }

    public static string Header(ILogEntry entry, string name) =>
        entry.RequestMessage.Headers!.First(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value.Single();

    /// <summary>Recomputes the signature of a received request from the headers it says it signed; true when it matches.</summary>
    public bool SignatureVerifies(ILogEntry entry)
    {
        var authorization = Header(entry, "Authorization");
        var signedHeaders = Between(authorization, "SignedHeaders=", ",").Split(';');
        var scope = Between(authorization, "Credential=", ",").Split('/');
        var headers = signedHeaders.Select(name => new KeyValuePair<string, string>(name, Header(entry, name))).ToList();
        var time = DateTimeOffset.ParseExact(Header(entry, "X-Amz-Date"), "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var body = entry.RequestMessage.BodyAsBytes ?? Encoding.UTF8.GetBytes(entry.RequestMessage.Body ?? "");
        var expected = new SigV4Signer().Sign(
            new SignableRequest("POST", entry.RequestMessage.Path, null, headers, SignablePayload.FromBytes(body)),
            Credentials, scope[2], scope[3], time);
        return authorization == expected.Authorization && scope[0] == AccessKey;
    }

    public void Dispose() => Server.Stop();

    private static IResponseBuilder WithHeaders(IResponseBuilder response, (string Name, string Value)[] headers)
    {
        foreach (var (name, value) in headers)
        {
            response = response.WithHeader(name, value);
        }

        return response;
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal) + start.Length;
        var to = text.IndexOf(end, from, StringComparison.Ordinal);
        return to < 0 ? text[from..] : text[from..to];
    }
}
