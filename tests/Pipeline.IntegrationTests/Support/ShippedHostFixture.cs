using DocPipe.V1;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Pipeline.Host;

namespace Pipeline.IntegrationTests.Support;

/// <summary>
/// The host exactly as shipped: its own appsettings.json, chains.json and built-in plugins, on a free
/// loopback port. Only the address differs from `dotnet run --project src/Pipeline.Host`.
/// </summary>
public sealed class ShippedHostFixture : IAsyncLifetime
{
    private WebApplication? _app;
    private GrpcChannel? _channel;

    public PipelineService.PipelineServiceClient Client => new(_channel ?? throw new InvalidOperationException("the host is not started"));

    public async Task InitializeAsync()
    {
        _app = PipelineHost.Build(["--urls", "http://127.0.0.1:0", "--Serilog:MinimumLevel:Default=Warning"]);
        await _app.StartAsync();
        _channel = GrpcChannel.ForAddress(_app.Urls.Single());
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
