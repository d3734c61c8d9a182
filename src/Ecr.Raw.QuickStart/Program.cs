using Ecr.Raw;
using Ecr.Raw.QuickStart;
using Ecr.Raw.Testing;

// Usage: Ecr.Raw.QuickStart [--endpoint-url URL] [--region REGION]
// Without --endpoint-url it runs against the in-memory ECR; with it, against moto or real ECR, using the normal
// credential chain (environment, profile, ...).
string? endpoint = null;
string? region = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--endpoint-url" when i + 1 < args.Length: endpoint = args[++i]; break;
        case "--region" when i + 1 < args.Length: region = args[++i]; break;
        default:
            Console.Error.WriteLine($"unknown argument '{args[i]}'; usage: [--endpoint-url URL] [--region REGION]");
            return 2;
    }
}

using var inMemory = new InMemoryEcr();
using var client = endpoint is null
    ? inMemory.CreateClient()
    : new EcrClient(new EcrClientOptions { Endpoint = new Uri(endpoint), Region = region });
Console.WriteLine(endpoint is null ? "Ecr.Raw quick reference against the in-memory ECR" : $"Ecr.Raw quick reference against {endpoint}");
await QuickReference.RunAsync(client, "quickstart/app-" + Guid.NewGuid().ToString("N")[..8], Console.Out);
return 0;
