using DocPipe.V1;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Core.Engine;
using Pipeline.Host;

namespace Pipeline.IntegrationTests.Support;

/// <summary>
/// A host of its own for fault tests, so that abandoned steps and memory it measures are its alone: the
/// test plugins from disk, a cap of <see cref="MaxAbandonedSteps"/> and a step memory budget of
/// <see cref="StepMemoryBudgetBytes"/>. No GC heap hard limit: that is the runtime's, so it would hold for
/// the whole test process (see <c>RunawayAllocationTests</c>, which runs the host as a process of its own).
/// </summary>
public sealed class FaultHostFixture : IAsyncLifetime
{
    public const int MaxAbandonedSteps = 2;

    public const long StepMemoryBudgetBytes = 64L * 1024 * 1024;

    public const string ChainsJson = """
        {
          "defaultChain": "news",
          "chains": {
            "news": { "steps": [ { "id": "qr-code", "plugin": "qr-code" }, { "id": "whitespace", "plugin": "whitespace" } ] },
            "empty": { "steps": [] },
            "throws": { "steps": [ { "id": "boom", "plugin": "throws", "options": { "message": "kaboom" } } ] },
            "hangs": { "steps": [ { "id": "stuck", "plugin": "hangs", "timeoutMs": 300, "options": { "delayMs": 3000 } } ] },
            "hangs-long": { "steps": [ { "id": "stuck", "plugin": "hangs", "timeoutMs": 200, "options": { "delayMs": 20000 } } ] },
            "rejects": { "steps": [ { "id": "gate", "plugin": "rejects", "options": { "message": "not a news article" } } ] },
            "bad-edits": { "steps": [ { "id": "overlap", "plugin": "bad-edits" } ] },
            "edit-out-of-range": { "steps": [ { "id": "past-end", "plugin": "out-of-range" } ] },
            "annotation-out-of-range": { "steps": [ { "id": "past-end", "plugin": "out-of-range", "options": { "message": "annotation" } } ] },
            "console": { "steps": [ { "id": "chatty", "plugin": "writes-console", "options": { "message": "PLUGIN-CONSOLE" } }, { "id": "whitespace", "plugin": "whitespace" } ] }
          }
        }
        """;

    private WebApplication? _app;
    private GrpcChannel? _channel;

    public string TempDirectory { get; } = Path.Combine(Path.GetTempPath(), "docpipe-faults-" + Guid.NewGuid().ToString("N")[..12]);

    public GrpcChannel Channel => _channel ?? throw new InvalidOperationException("the host is not started");

    public PipelineService.PipelineServiceClient Client => new(Channel);

    public Health.HealthClient Health => new(Channel);

    /// <summary>The host's supervisor: how many abandoned steps still run.</summary>
    public StepSupervisor Supervisor { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(TempDirectory);
        var chainsFile = Path.Combine(TempDirectory, "chains.json");
        await File.WriteAllTextAsync(chainsFile, ChainsJson);
        _app = PipelineHost.Build(
        [
            "--urls", "http://127.0.0.1:0",
            $"--Pipeline:ChainsFile={chainsFile}",
            $"--Pipeline:PluginDirectories:0={HostFixture.TestPluginsDirectory}",
            $"--Pipeline:MaxAbandonedSteps={MaxAbandonedSteps}",
            $"--Pipeline:StepMemoryBudgetBytes={StepMemoryBudgetBytes}",
            "--Serilog:MinimumLevel:Default=Warning",
        ]);
        await _app.StartAsync();
        Supervisor = _app.Services.GetRequiredService<StepSupervisor>();
        _channel = GrpcChannel.ForAddress(_app.Urls.Single());
        await Client.ProcessAsync(new ProcessRequest { Document = new Document { Text = "QR code\nwarm\u00A0up\n" } });
    }

    public async Task DisposeAsync()
    {
        _channel?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(TempDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder is harmless.
        }
    }

    /// <summary>Waits until no abandoned step runs any more; the guard only keeps a broken host from hanging the run.</summary>
    public async Task WaitForAbandonedStepsAsync()
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (Supervisor.AbandonedRunning > 0)
        {
            await Task.Delay(50, guard.Token);
        }
    }
}

/// <summary>
/// Tests that measure the process (memory, throughput) or load it: one at a time and never beside other
/// tests, whose allocations would be counted as theirs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Isolated : ICollectionFixture<FaultHostFixture>
{
    public const string Name = "Isolated: faults and load";
}
