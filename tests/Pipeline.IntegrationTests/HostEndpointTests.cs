using System.Net;
using DocPipe.V1;
using Grpc.Net.Client;
using Pipeline.Host;
using Pipeline.IntegrationTests.Support;

namespace Pipeline.IntegrationTests;

/// <summary>Where the host listens: <c>Urls</c> (HTTP/2: gRPC and HTTP/JSON) and the optional <c>Http1Urls</c>.</summary>
public sealed class HostEndpointTests
{
    [Fact]
    public async Task As_shipped_the_host_listens_only_on_Urls_where_HTTP1_is_refused_and_HTTP2_JSON_answers()
    {
        await using var app = PipelineHost.Build(["--urls", "http://127.0.0.1:0", "--Serilog:MinimumLevel:Default=Warning"]);
        await app.StartAsync();

        var address = new Uri(Assert.Single(app.Urls));
        using var http2 = JsonClient.Create(address, HttpVersion.Version20);
        using var http1 = JsonClient.Create(address, HttpVersion.Version11);
        using var overHttp2 = await http2.GetAsync("/v1/chains");
        using var overHttp1 = await http1.GetAsync("/v1/chains");

        Assert.Equal(HttpStatusCode.OK, overHttp2.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, overHttp1.StatusCode);
        await app.StopAsync();
    }

    [Fact]
    public async Task Every_URL_of_Urls_serves_gRPC_and_every_URL_of_Http1Urls_serves_HTTP1_JSON()
    {
        var grpcUrls = new[] { $"http://127.0.0.1:{FreePort.Find()}", $"http://127.0.0.1:{FreePort.Find()}" };
        var http1Url = $"http://127.0.0.1:{FreePort.Find()}";
        await using var app = PipelineHost.Build(["--urls", string.Join(';', grpcUrls), "--Http1Urls", http1Url, "--Serilog:MinimumLevel:Default=Warning"]);
        await app.StartAsync();

        Assert.Equal(grpcUrls.Append(http1Url).Order(), app.Urls.Order());
        foreach (var url in grpcUrls)
        {
            using var channel = GrpcChannel.ForAddress(url);
            var chains = await new PipelineService.PipelineServiceClient(channel).ListChainsAsync(new ListChainsRequest(), deadline: DateTime.UtcNow.AddSeconds(10));
            Assert.Equal("news", chains.DefaultChain);
        }

        using var http1 = JsonClient.Create(new Uri(http1Url), HttpVersion.Version11);
        using var plugins = await http1.GetAsync("/v1/plugins");
        Assert.Equal(HttpStatusCode.OK, plugins.StatusCode);
        await app.StopAsync();
    }
}
