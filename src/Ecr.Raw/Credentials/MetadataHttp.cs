using System;
using System.Net.Http;

namespace Ecr.Raw.Credentials;

/// <summary>
/// The HTTP client for the container and instance metadata endpoints: never through a proxy (the addresses are
/// link-local), with short connect timeouts so that off AWS the chain gives up in about a second.
/// </summary>
internal static class MetadataHttp
{
    private static readonly Lazy<HttpClient> Shared = new(Create);

    public static HttpClient Client => Shared.Value;

    private static HttpClient Create()
    {
#if NET8_0_OR_GREATER
        var handler = new SocketsHttpHandler { UseProxy = false, ConnectTimeout = TimeSpan.FromSeconds(1), AllowAutoRedirect = false };
#else
        var handler = new HttpClientHandler { UseProxy = false, AllowAutoRedirect = false };
#endif
        return new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
    }
}
