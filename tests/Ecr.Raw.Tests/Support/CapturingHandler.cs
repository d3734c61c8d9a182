namespace Ecr.Raw.Tests.Support;

/// <summary>Passes requests on and keeps the body of the last response, so a test can check what the caller made of it.</summary>
public sealed class CapturingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    public string? LastResponseBody { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        LastResponseBody = await response.Content.ReadAsStringAsync(cancellationToken);
        return response;
    }
}
