namespace Pipeline.IntegrationTests.Support;

/// <summary>HttpClients for the HTTP/JSON API that speak exactly one HTTP version, as curl and browsers do.</summary>
internal static class JsonClient
{
    /// <summary>
    /// An HttpClient that speaks only <paramref name="version"/>: HTTP/2 over plain http:// then means prior
    /// knowledge (no upgrade), as <c>curl --http2-prior-knowledge</c>.
    /// </summary>
    public static HttpClient Create(Uri address, Version version) => new(new SocketsHttpHandler())
    {
        BaseAddress = address,
        DefaultRequestVersion = version,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        Timeout = TimeSpan.FromSeconds(30),
    };
}
