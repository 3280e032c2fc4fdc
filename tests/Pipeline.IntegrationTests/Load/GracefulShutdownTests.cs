using DocPipe.V1;
using Grpc.Core;
using Grpc.Net.Client;
using Pipeline.IntegrationTests.Support;
using Xunit.Abstractions;

namespace Pipeline.IntegrationTests.Load;

/// <summary>
/// SIGTERM to a real host process: it stops taking calls, lets the running one finish (within
/// <c>HostOptions:ShutdownTimeout</c>), and exits 0.
/// </summary>
public sealed class GracefulShutdownTests(ITestOutputHelper output)
{
    private const string ChainsJson = """
        {
          "defaultChain": "polite",
          "chains": {
            "polite": {
              "steps": [
                { "id": "announce", "plugin": "writes-console", "options": { "message": "IN-FLIGHT" } },
                { "id": "wait", "plugin": "waits", "timeoutMs": 120000, "options": { "delayMs": 8000 } }
              ]
            },
            "quick": { "steps": [ { "plugin": "whitespace" } ] }
          }
        }
        """;

    [Fact]
    public async Task SIGTERM_refuses_new_calls_lets_the_running_call_finish_and_exits_0()
    {
        await using var host = await HostProcess.StartWithChainsAsync(
            ChainsJson,
            "--HostOptions:ShutdownTimeout=00:01:00",
            "--Serilog:MinimumLevel:Override:Pipeline.PluginConsole=Debug");
        using var channel = GrpcChannel.ForAddress(host.Address);
        var client = new PipelineService.PipelineServiceClient(channel);

        var inFlight = client.ProcessAsync(
            new ProcessRequest { Chain = "polite", Document = new Document { Id = "in-flight", Text = "Finish me.\n" } },
            deadline: DateTime.UtcNow.AddMinutes(2)).ResponseAsync;

        // The plugin's console write comes out as a Debug log event naming the step: the call is running.
        var announced = await host.WaitForLineAsync(l => l.Contains("IN-FLIGHT stdout in-flight", StringComparison.Ordinal));
        Assert.Contains("step 'announce' (plugin writes-console) wrote to stdout", announced, StringComparison.Ordinal);

        await host.TerminateAsync();
        await host.WaitForLineAsync(l => l.Contains("Application is shutting down", StringComparison.Ordinal));

        // New calls are refused while the running one still runs: the listener is closed once shutdown begins.
        await RefusedAsync(host.Address);
        Assert.False(inFlight.IsCompleted, "the running call ended before a new one was refused");

        var reply = await inFlight;
        Assert.Equal("yes", reply.Metadata["waits-finished"]);
        Assert.Equal("written", reply.Metadata["console"]);
        Assert.Equal(0, await host.WaitForExitAsync(TimeSpan.FromMinutes(2)));
    }

    private async Task RefusedAsync(Uri address)
    {
        // A call racing the start of shutdown may still get in, or be reset (INTERNAL, by gRPC's mapping of an
        // HTTP/2 reset): try until the closed listener refuses one outright.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (true)
        {
            using var channel = GrpcChannel.ForAddress(address);
            try
            {
                await new PipelineService.PipelineServiceClient(channel).ProcessAsync(
                    new ProcessRequest { Chain = "quick", Document = new Document { Text = "late" } },
                    deadline: DateTime.UtcNow.AddSeconds(30),
                    cancellationToken: guard.Token);
                output.WriteLine("a call made during shutdown was served");
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.Unavailable)
            {
                return;
            }
            catch (RpcException ex) when (ex.StatusCode != StatusCode.Cancelled)
            {
                output.WriteLine($"a call made during shutdown failed: {ex.Status}");
            }

            await Task.Delay(50, guard.Token);
        }
    }
}
