using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Pipeline.Core.Runtime;
using Pipeline.Core.Tests.Support;
using Xunit.Abstractions;
using static Pipeline.Core.Tests.Loading.ProbeChains;

namespace Pipeline.Core.Tests.Loading;

/// <summary>What becomes of a plugin build once a newer one replaced it, and of the runtime when it is disposed.</summary>
public sealed class RetiredPluginTests(ITestOutputHelper output)
{
    private const string UnloadedLog = "Unloaded plugin context";

    [Fact]
    public async Task TheOldContextIsReleasedOnlyWhenTheOldSnapshotsLastLeaseIsReleased()
    {
        await using var sandbox = new RuntimeSandbox(output);
        sandbox.AddPlugin(TestPaths.ReloadV1);
        sandbox.WriteChains(ProbeChains.Probe);
        var runtime = sandbox.Start(collectible: true);
        var first = runtime.Acquire();
        var second = runtime.Acquire();

        var reloaded = sandbox.NextReload(ServesV2, "reload-probe 2.0.0");
        RenameV2Over(sandbox);
        await reloaded;

        Assert.DoesNotContain(sandbox.Logging.Messages, m => m.Contains(UnloadedLog, StringComparison.Ordinal));
        first.Dispose();
        first.Dispose();
        Assert.DoesNotContain(sandbox.Logging.Messages, m => m.Contains(UnloadedLog, StringComparison.Ordinal));
        Assert.Equal("v1", VersionOf(await RuntimeSandbox.RunOnAsync(second.Snapshot, "probe")));

        second.Dispose();
        Assert.Single(sandbox.Logging.Messages, m => m.Contains(UnloadedLog, StringComparison.Ordinal) && m.Contains(ProbeFolder(sandbox), StringComparison.Ordinal));
        Assert.Equal("v2", VersionOf(await sandbox.RunAsync("probe")));
    }

    [Fact]
    public async Task AfterTheOldSnapshotsLastLeaseIsReleasedTheOldPluginContextIsCollected()
    {
        await using var sandbox = new RuntimeSandbox(output);
        sandbox.AddPlugin(TestPaths.ReloadV1);
        sandbox.WriteChains(ProbeChains.Probe);
        var runtime = sandbox.Start(collectible: true);
        Assert.Equal("v1", VersionOf(await sandbox.RunAsync("probe")));
        var lease = runtime.Acquire();
        var oldContext = ProbeContextOf(lease.Snapshot);
        Assert.True(IsCollectible(oldContext));

        var reloaded = sandbox.NextReload(ServesV2, "reload-probe 2.0.0");
        RenameV2Over(sandbox);
        await reloaded;
        Assert.Equal("v1", VersionOf(await RuntimeSandbox.RunOnAsync(lease.Snapshot, "probe")));
        lease.Dispose();
        Assert.Contains(sandbox.Logging.Messages, m => m.Contains(UnloadedLog, StringComparison.Ordinal));

        var released = DateTime.UtcNow;
        for (var i = 0; i < 100 && oldContext.IsAlive; i++)
        {
            if (DateTime.UtcNow - released > TimeSpan.FromSeconds(1.2))
            {
                NudgeSystemTextJsonMemberAccessorCache();
            }

            GC.Collect();
            GC.WaitForPendingFinalizers();
            await Task.Delay(25);
        }

        Assert.False(
            oldContext.IsAlive,
            "the retired plugin's AssemblyLoadContext is still reachable after 100 collections: something in the default context "
            + "holds a type of the plugin (e.g. a System.Text.Json cache of a JsonSerializerOptions shared by every plugin)");
        Assert.Equal("v2", VersionOf(await sandbox.RunAsync("probe")));
    }

    [Fact]
    public async Task DisposingTheRuntimeWhileAReloadIsRunningReturnsOnceTheReloadEnds()
    {
        await using var sandbox = new RuntimeSandbox(output);
        sandbox.AddPlugin(TestPaths.ReloadV1);
        sandbox.WriteChains(ProbeChains.Probe);
        var runtime = sandbox.Start(watch: false);

        // Hold a reload in progress: the Reloaded handler runs inside it.
        using var letReloadEnd = new ManualResetEventSlim();
        var inReload = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        runtime.Reloaded += (_, _) =>
        {
            inReload.TrySetResult();
            letReloadEnd.Wait(RuntimeSandbox.EventTimeout);
        };
        sandbox.WriteChains(ProbeChains.ProbeAndSecond);
        var reloading = Task.Run(runtime.ReloadAllAsync);
        await inReload.Task.WaitAsync(RuntimeSandbox.EventTimeout);

        var disposing = Task.Run(runtime.Dispose);

        // Dispose has no observable "started" point; its first act is to set this flag.
        var disposed = typeof(PipelineRuntime).GetField("_disposed", BindingFlags.NonPublic | BindingFlags.Instance)!;
        for (var i = 0; i < 400 && !(bool)disposed.GetValue(runtime)!; i++)
        {
            await Task.Delay(25);
        }

        Assert.True((bool)disposed.GetValue(runtime)!);
        letReloadEnd.Set();
        await reloading.WaitAsync(RuntimeSandbox.EventTimeout);

        var finished = await Task.WhenAny(disposing, Task.Delay(TimeSpan.FromSeconds(5)));
        Assert.True(finished == disposing, "PipelineRuntime.Dispose never returned: the reload that was running skipped releasing the reload gate because _disposed was already set");
    }

    /// <summary>
    /// System.Text.Json keeps the member accessors it emits in a process-wide cache that drops an entry about
    /// 1 s after its last use, but only when the cache is next used (dotnet/runtime#65323). Using it lets that
    /// cache, which is no part of the runtime under test, let go of the plugin's types.
    /// </summary>
    private static void NudgeSystemTextJsonMemberAccessorCache() =>
        _ = new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver() }.GetTypeInfo(typeof(Nudge));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference ProbeContextOf(PipelineSnapshot snapshot) =>
        new(AssemblyLoadContext.GetLoadContext(snapshot.Plugins.Find("reload-probe")!.Plugin.GetType().Assembly));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsCollectible(WeakReference context) => ((AssemblyLoadContext)context.Target!).IsCollectible;

    private sealed class Nudge
    {
        public int Value { get; set; }
    }
}
