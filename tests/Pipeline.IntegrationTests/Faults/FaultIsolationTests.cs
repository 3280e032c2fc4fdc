using DocPipe.V1;
using Grpc.Core;
using Pipeline.IntegrationTests.Support;
using Xunit.Abstractions;

namespace Pipeline.IntegrationTests.Faults;

/// <summary>
/// Each faulty test plugin, loaded from disk, run over a real channel while other clients keep calling:
/// the faulty request gets its documented status naming the step and the plugin, every request in flight
/// beside it and every later one succeeds, and (for the faults that hold a thread or memory) the host's
/// managed heap comes back to where it was.
/// </summary>
[Collection(Isolated.Name)]
public sealed class FaultIsolationTests(FaultHostFixture host, ITestOutputHelper output)
{
    private const long MemoryTolerance = 32L * 1024 * 1024;

    [Theory]
    [InlineData("throws", StatusCode.Internal, "boom", "throws", "kaboom")]
    [InlineData("rejects", StatusCode.InvalidArgument, "gate", "rejects", "not a news article")]
    [InlineData("bad-edits", StatusCode.Internal, "overlap", "bad-edits", "overlap")]
    [InlineData("edit-out-of-range", StatusCode.Internal, "past-end", "out-of-range", "lies outside the text")]
    [InlineData("annotation-out-of-range", StatusCode.Internal, "past-end", "out-of-range", "lies outside the text")]
    public async Task A_faulty_step_fails_only_its_own_request_with_the_documented_status(string chain, StatusCode code, string step, string plugin, string detail)
    {
        await using var load = new BackgroundLoad(host.Channel, clients: 4);
        load.MarkStart();
        for (var i = 0; i < 5; i++)
        {
            var ex = await FailsAsync(chain);
            AssertNames(ex, code, step, plugin);
            Assert.Contains(detail, ex.Status.Detail, StringComparison.Ordinal);
        }

        load.MarkEnd();
        await load.StopAfterAsync();

        AssertLoadUnharmed(load);
        await AssertServesAsync();
    }

    [Fact]
    public async Task A_step_that_hangs_ignoring_cancellation_is_ABORTED_and_abandoned_while_others_succeed_and_memory_returns()
    {
        await host.WaitForAbandonedStepsAsync();
        var before = ManagedMemory.Live();
        var abandonedBefore = host.Supervisor.AbandonedTotal;

        await using (var load = new BackgroundLoad(host.Channel, clients: 4))
        {
            load.MarkStart();
            var ex = await FailsAsync("hangs");
            load.MarkEnd();
            await load.StopAfterAsync();

            AssertNames(ex, StatusCode.Aborted, "stuck", "hangs");
            Assert.Contains("300 ms", ex.Status.Detail, StringComparison.Ordinal);
            AssertLoadUnharmed(load);
        }

        Assert.Equal(abandonedBefore + 1, host.Supervisor.AbandonedTotal);
        await host.WaitForAbandonedStepsAsync();
        await AssertServesAsync();
        AssertMemoryReturned(before);
    }

    [Fact]
    public async Task A_step_that_writes_to_the_console_succeeds_beside_other_requests()
    {
        await using var load = new BackgroundLoad(host.Channel, clients: 4);
        load.MarkStart();
        for (var i = 0; i < 5; i++)
        {
            var reply = await host.Client.ProcessAsync(new ProcessRequest { Chain = "console", Document = new Document { Id = $"talk-{i}", Text = "Some\u00A0text.\n" } });
            Assert.Equal("Some text.\n", reply.Text);
            Assert.Equal("written", reply.Metadata["console"]);
            Assert.All(reply.Steps, s => Assert.Equal(StepStatus.Ok, s.Status));
        }

        load.MarkEnd();
        await load.StopAfterAsync();

        AssertLoadUnharmed(load);
        await AssertServesAsync();
    }

    private static void AssertNames(RpcException ex, StatusCode code, string step, string plugin)
    {
        Assert.Equal(code, ex.StatusCode);
        Assert.Contains($"step '{step}'", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Contains($"plugin {plugin}", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(step, ex.Trailers.GetValue("docpipe-step"));
    }

    private static void AssertLoadUnharmed(BackgroundLoad load)
    {
        Assert.True(load.Failures.IsEmpty, string.Join("\n", load.Failures));
        Assert.True(load.Overlapped > 0, "no background call was in flight while the faulty one ran");
    }

    private void AssertMemoryReturned(long before)
    {
        var after = ManagedMemory.Live();
        output.WriteLine($"managed heap {ManagedMemory.Mib(before)} before, {ManagedMemory.Mib(after)} after");
        Assert.True(after - before < MemoryTolerance, $"managed heap {ManagedMemory.Mib(before)} before, {ManagedMemory.Mib(after)} after");
    }

    private async Task<RpcException> FailsAsync(string chain) =>
        await Assert.ThrowsAsync<RpcException>(async () => await host.Client.ProcessAsync(
            new ProcessRequest { Chain = chain, Document = new Document { Id = chain, Text = "A short document.\n" } },
            deadline: DateTime.UtcNow.AddMinutes(2)));

    private async Task AssertServesAsync()
    {
        var reply = await host.Client.ProcessAsync(
            new ProcessRequest { Document = new Document { Id = "later", Text = "QR code\nLater.\n" } },
            deadline: DateTime.UtcNow.AddSeconds(30));
        Assert.Equal("Later.\n", reply.Text);
    }
}
