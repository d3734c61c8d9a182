using Ecr.Raw.Credentials;

namespace Ecr.Raw.Benchmarks.Client;

/// <summary>The stand-in server (its own process) and the clients every client benchmark compares, set up alike.</summary>
public sealed class BenchClients : IAsyncDisposable
{
    private BenchClients(LoopbackEcrProcess server, HttpClient http, EcrClient client)
    {
        Server = server;
        Http = http;
        Client = client;
        Raw = new RawCalls(server.Endpoint, http);
    }

    public LoopbackEcrProcess Server { get; }

    public HttpClient Http { get; }

    /// <summary>Ecr.Raw with default options: retries on, static credentials.</summary>
    public EcrClient Client { get; }

    /// <summary>The floor and the AWSSDK.Core-signed peer, over the same handler settings as EcrClient's default.</summary>
    public RawCalls Raw { get; }

    public static async Task<BenchClients> StartAsync()
    {
        var server = await LoopbackEcrProcess.StartAsync();
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) });
        var client = new EcrClient(new EcrClientOptions
        {
            Region = "us-east-1",
            Endpoint = server.Endpoint,
            Credentials = new StaticCredentialsProvider(new AwsCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")),
        });
        return new BenchClients(server, http, client);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
