namespace Ecr.Raw.Tests.Support;

/// <summary>Passes requests on, and tells the test each time one is sent, so it can act at exactly that point.</summary>
public sealed class SignalingHandler : DelegatingHandler
{
    private readonly SemaphoreSlim _sent = new(0);

    public SignalingHandler(HttpMessageHandler inner)
        : base(inner)
    {
    }

    public Action? OnSend { get; set; }

    public Task WaitForSendAsync() => _sent.WaitAsync(TimeSpan.FromSeconds(30));

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        OnSend?.Invoke();
        _sent.Release();
        return base.SendAsync(request, cancellationToken);
    }
}
