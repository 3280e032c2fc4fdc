using System.Globalization;
using Pipeline.Abstractions;

namespace TestPlugins.Faulty;

/// <summary>
/// Sets metadata <c>live_heap_bytes</c> to the host's live managed heap after full collections: how a test
/// reads the memory of a host that runs in another process.
/// </summary>
public sealed class ReportsHeap : Plugin<FaultOptions>
{
    public override string Name => "reports-heap";

    public override PluginKind Kind => PluginKind.Extractor;

    public override string Description => "Collects garbage fully, then sets metadata live_heap_bytes to the live managed heap.";

    protected override IStep CreateStep(FaultOptions options) => new Step();

    private sealed class Step : IStep
    {
        public ValueTask RunAsync(IStepContext context, CancellationToken cancellationToken)
        {
            for (var i = 0; i < 3; i++)
            {
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
            }

            context.SetMetadata("live_heap_bytes", GC.GetTotalMemory(forceFullCollection: true).ToString(CultureInfo.InvariantCulture));
            return ValueTask.CompletedTask;
        }
    }
}
