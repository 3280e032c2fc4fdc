using Pipeline.Abstractions;

namespace TestPlugins.ReloadProbe;

/// <summary>Stamps the document with its version, so that tests see which build served a request.</summary>
public sealed class ReloadProbePlugin : Plugin<ReloadProbePlugin.Options>
{
    public override string Name => "reload-probe";

    public override PluginKind Kind => PluginKind.Extractor;

    public override string Description => "Writes its own version into metadata, optionally after a delay.";

    protected override IStep CreateStep(Options options) => new Step(options.DelayMs);

    /// <summary>Options. Defaults: DelayMs 0.</summary>
    public sealed class Options
    {
        public int DelayMs { get; set; }
    }

    private sealed class Step(int delayMs) : IStep
    {
        public async ValueTask RunAsync(IStepContext context, CancellationToken cancellationToken)
        {
            if (delayMs > 0)
            {
                await Task.Delay(delayMs, cancellationToken);
            }

            context.SetMetadata("reload-probe", "v2");
        }
    }
}
