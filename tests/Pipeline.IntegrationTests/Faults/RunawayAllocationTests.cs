using System.Globalization;
using DocPipe.V1;
using Grpc.Core;
using Grpc.Net.Client;
using Pipeline.IntegrationTests.Support;
using Xunit.Abstractions;

namespace Pipeline.IntegrationTests.Faults;

/// <summary>
/// A step that allocates without bound and ignores its token, in a host run as a process of its own: what
/// ends the runaway is the GC heap hard limit, which is process-wide, so in the test process it would let
/// any thread's allocation throw (the test runner's included) while the runaway holds the heap.
/// </summary>
[Collection(Isolated.Name)]
public sealed class RunawayAllocationTests(ITestOutputHelper output)
{
    private const long StepMemoryBudgetBytes = 64L * 1024 * 1024;
    private const long HeapHardLimitBytes = 1536L * 1024 * 1024;
    private const long MemoryTolerance = 32L * 1024 * 1024;

    private const string ChainsJson = """
        {
          "defaultChain": "news",
          "chains": {
            "news": { "steps": [ { "id": "qr-code", "plugin": "qr-code" }, { "id": "whitespace", "plugin": "whitespace" } ] },
            "allocates": { "steps": [ { "id": "hog", "plugin": "allocates", "timeoutMs": 120000 } ] },
            "heap": { "steps": [ { "id": "probe", "plugin": "reports-heap" } ] }
          }
        }
        """;

    [Fact]
    public async Task A_step_that_allocates_without_bound_is_RESOURCE_EXHAUSTED_while_others_succeed_and_memory_returns()
    {
        await using var host = await HostProcess.StartWithChainsAsync(
            ChainsJson,
            $"--Pipeline:StepMemoryBudgetBytes={StepMemoryBudgetBytes}",
            $"--Pipeline:HeapHardLimitBytes={HeapHardLimitBytes}",
            "--Serilog:MinimumLevel:Default=Warning");
        using var channel = GrpcChannel.ForAddress(host.Address);
        var client = new PipelineService.PipelineServiceClient(channel);
        var before = await ProbeAsync(client);

        RpcException refused;
        await using (var load = new BackgroundLoad(channel, clients: 4))
        {
            load.MarkStart();
            refused = await Assert.ThrowsAsync<RpcException>(async () => await client.ProcessAsync(
                new ProcessRequest { Chain = "allocates", Document = new Document { Id = "allocates", Text = "A short document.\n" } },
                deadline: DateTime.UtcNow.AddMinutes(2)));
            load.MarkEnd();
            await load.StopAfterAsync();

            Assert.True(load.Failures.IsEmpty, string.Join("\n", load.Failures) + "\n" + host.Output);
            Assert.True(load.Overlapped > 0, "no background call was in flight while the runaway ran");
        }

        output.WriteLine(refused.Status.Detail);
        Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
        Assert.Contains("step 'hog'", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("plugin allocates", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("memory", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Equal("hog", refused.Trailers.GetValue("docpipe-step"));

        // The step was abandoned still allocating: it ends only when the hard limit makes an allocation throw,
        // after which everything it held is garbage.
        var after = await LiveHeapAsync(client);
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (after - before >= MemoryTolerance && !guard.IsCancellationRequested)
        {
            await Task.Delay(250, CancellationToken.None);
            after = await LiveHeapAsync(client);
        }

        output.WriteLine($"the host's live heap: {ManagedMemory.Mib(before)} before, {ManagedMemory.Mib(after)} after");
        Assert.True(after - before < MemoryTolerance, $"the host's live heap: {ManagedMemory.Mib(before)} before, {ManagedMemory.Mib(after)} after");
        var later = await client.ProcessAsync(new ProcessRequest { Document = new Document { Id = "later", Text = "QR code\nLater.\n" } }, deadline: DateTime.UtcNow.AddSeconds(30));
        Assert.Equal("Later.\n", later.Text);
    }

    private static async Task<long> LiveHeapAsync(PipelineService.PipelineServiceClient client)
    {
        try
        {
            return await ProbeAsync(client);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.ResourceExhausted)
        {
            // The probe itself ran out of memory while the runaway still held the heap.
            return long.MaxValue;
        }
    }

    private static async Task<long> ProbeAsync(PipelineService.PipelineServiceClient client)
    {
        var reply = await client.ProcessAsync(
            new ProcessRequest { Chain = "heap", Document = new Document { Id = "heap", Text = "." } },
            deadline: DateTime.UtcNow.AddSeconds(30));
        return long.Parse(reply.Metadata["live_heap_bytes"], CultureInfo.InvariantCulture);
    }
}
