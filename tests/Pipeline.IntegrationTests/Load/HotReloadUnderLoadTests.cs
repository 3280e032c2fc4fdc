using DocPipe.V1;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Pipeline.Host;
using Pipeline.IntegrationTests.Support;

namespace Pipeline.IntegrationTests.Load;

/// <summary>
/// Replacing a plugin's DLL (copied over the loaded one) and editing the chains file in place, again and
/// again, while clients keep calling a chain that uses the plugin: not one call fails, and each change is
/// seen to take effect.
/// </summary>
[Collection(Isolated.Name)]
public sealed class HotReloadUnderLoadTests : IAsyncLifetime
{
    private const int Rounds = 4;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "docpipe-reload-" + Guid.NewGuid().ToString("N")[..12]);
    private WebApplication? _app;
    private GrpcChannel? _channel;

    private string PluginsDirectory => Path.Combine(_folder, "plugins");

    private string ProbeDll => Path.Combine(PluginsDirectory, "ReloadProbe", "ReloadProbe.dll");

    private string ChainsFile => Path.Combine(_folder, "chains.json");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(PluginsDirectory, "ReloadProbe"));
        foreach (var file in Directory.GetFiles(Built("v1")))
        {
            File.Copy(file, Path.Combine(PluginsDirectory, "ReloadProbe", Path.GetFileName(file)));
        }

        await File.WriteAllTextAsync(ChainsFile, Chains(0));
        _app = PipelineHost.Build(
        [
            "--urls", "http://127.0.0.1:0",
            $"--Pipeline:ChainsFile={ChainsFile}",
            $"--Pipeline:PluginDirectories:0={PluginsDirectory}",
            "--Serilog:MinimumLevel:Default=Warning",
        ]);
        await _app.StartAsync();
        _channel = GrpcChannel.ForAddress(_app.Urls.Single(), new GrpcChannelOptions { HttpHandler = ClientWindow.Handler() });
    }

    public async Task DisposeAsync()
    {
        _channel?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Replacing_a_plugin_DLL_and_editing_the_chains_file_under_load_fails_no_request()
    {
        var client = new PipelineService.PipelineServiceClient(_channel);
        await using var load = new BackgroundLoad(_channel!, clients: 6);
        load.MarkStart();
        for (var round = 1; round <= Rounds; round++)
        {
            var version = round % 2 == 1 ? "v2" : "v1";
            File.Copy(Path.Combine(Built(version), "ReloadProbe.dll"), ProbeDll, overwrite: true);
            await WaitForAsync(async () => (await ProbeAsync(client)) == version, $"round {round}: the probe never answered {version}");

            await File.WriteAllTextAsync(ChainsFile, Chains(round));
            await WaitForAsync(
                async () => (await client.ListChainsAsync(new ListChainsRequest())).Chains.Any(c => c.Name == $"extra-{round}"),
                $"round {round}: chain extra-{round} never appeared");
        }

        load.MarkEnd();
        await load.StopAfterAsync();

        Assert.True(load.Failures.IsEmpty, string.Join("\n", load.Failures));
        Assert.True(load.Overlapped > 0, "no call ran while the plugin and chains were replaced");
    }

    private static string Built(string version) => Path.Combine(AppContext.BaseDirectory, $"reload-{version}", "ReloadProbe");

    /// <summary>The default chain runs the probe between the cleaners; every edit also changes its options and adds a chain.</summary>
    private static string Chains(int round) => $$"""
        {
          "defaultChain": "load",
          "chains": {
            "load": {
              "steps": [
                { "id": "qr-code", "plugin": "qr-code" },
                { "id": "probe", "plugin": "reload-probe", "options": { "delayMs": {{1 + (round % 3)}} } },
                { "id": "whitespace", "plugin": "whitespace" }
              ]
            },
            "probe": { "steps": [ { "id": "probe", "plugin": "reload-probe" } ] },
            "extra-{{round}}": { "steps": [ { "plugin": "whitespace" } ] }
          }
        }
        """;

    private static async Task<string> ProbeAsync(PipelineService.PipelineServiceClient client)
    {
        var reply = await client.ProcessAsync(new ProcessRequest { Chain = "probe", Document = new Document { Text = "probe" } });
        return reply.Metadata["reload-probe"];
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, string because)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!await condition())
        {
            if (guard.IsCancellationRequested)
            {
                Assert.Fail(because);
            }

            await Task.Delay(50, CancellationToken.None);
        }
    }
}
