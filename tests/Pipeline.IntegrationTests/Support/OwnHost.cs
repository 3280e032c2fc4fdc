using DocPipe.V1;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Host;
using Serilog.Core;

namespace Pipeline.IntegrationTests.Support;

/// <summary>
/// A host of a test's own, for settings the shared one must not have (authentication, limits, TLS, log
/// levels): <see cref="PipelineHost.Build"/> on a free loopback port with the built-in and test plugins,
/// <see cref="HostFixture.ChainsJson"/> in a scratch chains file, and every log event collected.
/// </summary>
internal sealed class OwnHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly GrpcChannel _channel;

    private OwnHost(WebApplication app, string directory, LogCollector logs)
    {
        _app = app;
        Directory = directory;
        Logs = logs;
        Address = new Uri(app.Urls.First());
        _channel = GrpcChannel.ForAddress(Address);
    }

    public Uri Address { get; }

    public string Directory { get; }

    public LogCollector Logs { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>A client without credentials on a plain-text channel.</summary>
    public PipelineService.PipelineServiceClient Client => new(_channel);

    public GrpcChannel Channel => _channel;

    /// <summary>Starts a host; <paramref name="settings"/> are <c>--Key=value</c> arguments added after the defaults.</summary>
    public static async Task<OwnHost> StartAsync(params string[] settings)
    {
        var directory = Path.Combine(Path.GetTempPath(), "docpipe-own-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(directory);
        var chainsFile = Path.Combine(directory, "chains.json");
        await File.WriteAllTextAsync(chainsFile, HostFixture.ChainsJson);
        var logs = new LogCollector();
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            $"--Pipeline:ChainsFile={chainsFile}",
            $"--Pipeline:PluginDirectories:0={HostFixture.TestPluginsDirectory}",
            $"--Pipeline:MaxDocumentBytes={HostFixture.MaxDocumentBytes}",
            .. settings,
        ];
        var app = PipelineHost.Build(args, builder => builder.Services.AddSingleton<ILogEventSink>(logs));
        await app.StartAsync();
        return new OwnHost(app, directory, logs);
    }

    public async ValueTask DisposeAsync()
    {
        _channel.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder is harmless.
        }
    }
}
