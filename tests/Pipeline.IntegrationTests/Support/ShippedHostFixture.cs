using DocPipe.V1;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Pipeline.Host;

namespace Pipeline.IntegrationTests.Support;

/// <summary>
/// The host exactly as shipped: its own appsettings.json, chains.json and built-in plugins, on a free
/// loopback port, with the optional HTTP/1.1 endpoint on another. Only the addresses differ from
/// `dotnet run --project src/Pipeline.Host -- --Http1Urls http://127.0.0.1:5080`.
/// </summary>
public sealed class ShippedHostFixture : IAsyncLifetime
{
    private WebApplication? _app;
    private GrpcChannel? _channel;

    public PipelineService.PipelineServiceClient Client => new(_channel ?? throw new InvalidOperationException("the host is not started"));

    /// <summary>The gRPC (HTTP/2) address, e.g. <c>http://127.0.0.1:41234</c>; the README's <c>http://127.0.0.1:5000</c>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>The HTTP/1.1 address; the README's <c>http://127.0.0.1:5080</c>.</summary>
    public Uri Http1Address { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Http1Address = new Uri($"http://127.0.0.1:{FreePort.Find()}");
        _app = PipelineHost.Build(["--urls", "http://127.0.0.1:0", "--Http1Urls", Http1Address.ToString(), "--Serilog:MinimumLevel:Default=Warning"]);
        await _app.StartAsync();
        Address = new Uri(_app.Urls.Single(u => new Uri(u).Port != Http1Address.Port));
        _channel = GrpcChannel.ForAddress(Address);
    }

    public async Task DisposeAsync()
    {
        _channel?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
