using Microsoft.AspNetCore.Hosting;

namespace Pipeline.Host.Configuration;

/// <summary>
/// The optional HTTP/1.1 endpoints (<c>Http1Urls</c>) for browsers and plain curl, beside the HTTP/2 ones of
/// <c>Urls</c> that gRPC needs.
/// </summary>
internal static class Http1Endpoints
{
    public const string Key = "Http1Urls";

    /// <summary>
    /// Turns <c>Http1Urls</c> into Kestrel endpoints with <c>Protocols: Http1</c>. Kestrel serves either
    /// <c>Urls</c> or its <c>Kestrel:Endpoints</c>, never both, so the URLs of <c>Urls</c> become named
    /// endpoints too (HTTP/2 from <c>EndpointDefaults</c>), and <c>--urls</c> keeps choosing where gRPC listens.
    /// </summary>
    public static void AddTo(ConfigurationManager configuration)
    {
        var http1Urls = Split(configuration[Key]);
        if (http1Urls.Length == 0)
        {
            return;
        }

        var endpoints = new Dictionary<string, string?>();
        // Endpoints configured by hand already replace Urls (Kestrel's rule); then the HTTP/1.1 ones join them.
        if (!configuration.GetSection("Kestrel:Endpoints").GetChildren().Any())
        {
            var urls = Split(configuration[WebHostDefaults.ServerUrlsKey]);
            for (var i = 0; i < urls.Length; i++)
            {
                endpoints[$"Kestrel:Endpoints:Url{i}:Url"] = urls[i];
            }

            // Served above as named endpoints; left in place, Kestrel would warn that it ignores them. A lone
            // separator lists no address, where an empty value would fall back to the host's own --urls.
            endpoints[WebHostDefaults.ServerUrlsKey] = ";";
        }

        for (var i = 0; i < http1Urls.Length; i++)
        {
            endpoints[$"Kestrel:Endpoints:Http1Url{i}:Url"] = http1Urls[i];
            endpoints[$"Kestrel:Endpoints:Http1Url{i}:Protocols"] = "Http1";
        }

        configuration.AddInMemoryCollection(endpoints);
    }

    private static string[] Split(string? urls) =>
        (urls ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
