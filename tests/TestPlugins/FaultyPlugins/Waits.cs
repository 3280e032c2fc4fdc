using System.Globalization;
using Pipeline.Abstractions;

namespace TestPlugins.Faulty;

/// <summary>
/// Waits DelayMs (or the document's own delay, see <see cref="WaitsOptions.DelayKey"/>), honouring cancellation. Sets
/// <c>waits-running</c> to how many runs of the step were under way as this one started, itself included, and
/// <c>waits-order</c> to its place among the step's finished runs (1 first): a test reads overlap and finishing order
/// from the replies.
/// </summary>
public sealed class Waits : Plugin<WaitsOptions>
{
    public override string Name => "waits";

    public override PluginKind Kind => PluginKind.Extractor;

    public override string Description => "Waits for delayMs (or the milliseconds in the document's delayKey metadata), stopping when cancelled.";

    protected override IStep CreateStep(WaitsOptions options) => new Step(options.DelayMs, options.DelayKey);

    private sealed class Step(int delayMs, string? delayKey) : IStep
    {
        private int _running;
        private int _finished;

        public async ValueTask RunAsync(IStepContext context, CancellationToken cancellationToken)
        {
            var delay = delayKey is not null && context.Metadata.TryGetValue(delayKey, out var value)
                ? int.Parse(value, CultureInfo.InvariantCulture)
                : delayMs;
            var running = Interlocked.Increment(ref _running);
            try
            {
                await Task.Delay(delay, cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref _running);
            }

            context.SetMetadata("waits-running", running.ToString(CultureInfo.InvariantCulture));
            context.SetMetadata("waits-order", Interlocked.Increment(ref _finished).ToString(CultureInfo.InvariantCulture));
            context.SetMetadata("waits-finished", "yes");
        }
    }
}
