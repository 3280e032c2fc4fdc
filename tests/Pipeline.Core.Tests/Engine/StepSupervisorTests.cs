using Pipeline.Core.Chains;
using Pipeline.Core.Engine;
using Pipeline.Core.Tests.Support;

namespace Pipeline.Core.Tests.Engine;

/// <summary>What a supervisor does to steps that ignore their token: counts them once abandoned, and stops one over its memory budget.</summary>
public sealed class StepSupervisorTests
{
    [Fact]
    public async Task AnAbandonedStepIsCountedUntilItFinishesAndTheCapIsReachedMeanwhile()
    {
        using var release = new ManualResetEventSlim();
        using var finished = new CountdownEvent(2);
        var stuck = new DelegatePlugin("stuck", _ =>
        {
            release.Wait(TimeSpan.FromMinutes(2));
            finished.Signal();
        });
        var chain = ChainLoader.BuildInline("""{"steps":[{"plugin":"stuck","timeoutMs":50}]}""", TestChains.Registry(stuck));
        using var supervisor = new StepSupervisor(new StepSupervisorOptions { MaxAbandonedSteps = 2, StepMemoryBudgetBytes = 0 });

        var first = await chain.RunAsync(new DocumentInput { Text = "a" }, false, supervisor, CancellationToken.None);
        Assert.False(supervisor.AtAbandonedCap);
        var second = await chain.RunAsync(new DocumentInput { Text = "b" }, false, supervisor, CancellationToken.None);

        Assert.Equal(FailureKind.StepTimedOut, first.Failure?.Kind);
        Assert.Equal(FailureKind.StepTimedOut, second.Failure?.Kind);
        Assert.Equal(2, supervisor.AbandonedRunning);
        Assert.True(supervisor.AtAbandonedCap);

        release.Set();
        Assert.True(finished.Wait(TimeSpan.FromMinutes(1)));
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (supervisor.AbandonedRunning > 0)
        {
            await Task.Delay(10, guard.Token);
        }

        Assert.False(supervisor.AtAbandonedCap);
        Assert.Equal(2, supervisor.AbandonedTotal);
    }

    [Fact]
    public async Task AStepDuringWhichTheLiveHeapGrowsPastTheBudgetIsStoppedAsResourceExhausted()
    {
        using var release = new ManualResetEventSlim();
        var held = new List<byte[]>();
        var hog = new DelegatePlugin("hog", _ =>
        {
            // Holds 256 MiB, then waits without looking at its token: only the watchdog can end the step's turn.
            for (var i = 0; i < 32; i++)
            {
                held.Add(new byte[8 * 1024 * 1024]);
            }

            release.Wait(TimeSpan.FromMinutes(2));
        });
        var chain = ChainLoader.BuildInline("""{"steps":[{"id":"greedy","plugin":"hog","timeoutMs":120000}]}""", TestChains.Registry(hog));
        using var supervisor = new StepSupervisor(new StepSupervisorOptions { StepMemoryBudgetBytes = 64L * 1024 * 1024 });

        var result = await chain.RunAsync(new DocumentInput { Text = "abc" }, false, supervisor, CancellationToken.None);
        release.Set();
        held.Clear();

        Assert.Equal(FailureKind.ResourceExhausted, result.Failure?.Kind);
        Assert.Equal(StepOutcome.Failed, result.Steps[0].Outcome);
        Assert.Contains("step 'greedy' (plugin hog) was stopped: the managed heap grew by", result.Failure!.Message, StringComparison.Ordinal);
        Assert.Contains("budget of 64 MiB", result.Failure.Message, StringComparison.Ordinal);
        Assert.Equal(1, supervisor.AbandonedTotal);
    }

    [Fact]
    public async Task AStepThatRunsOutOfMemoryIsResourceExhaustedNotAPluginFault()
    {
        // What an allocation past the GC heap hard limit throws; the real thing would take the test process with it.
#pragma warning disable CA2201
        var failing = new DelegatePlugin("failing", _ => throw new OutOfMemoryException("Insufficient memory"));
#pragma warning restore CA2201
        var chain = TestChains.Of(failing);

        var result = await chain.RunAsync(new DocumentInput { Text = "abc" }, false, StepSupervisor.Unlimited, CancellationToken.None);

        Assert.Equal(FailureKind.ResourceExhausted, result.Failure?.Kind);
        Assert.Contains("ran out of memory", result.Failure!.Message, StringComparison.Ordinal);
    }
}
