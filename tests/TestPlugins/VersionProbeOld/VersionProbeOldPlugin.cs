using Newtonsoft.Json;
using Pipeline.Abstractions;

namespace TestPlugins.VersionProbeOld;

/// <summary>Reports which Newtonsoft.Json this plugin's load context bound, to prove two versions coexist.</summary>
public sealed class VersionProbeOldPlugin : Plugin<VersionProbeOldPlugin.NoOptions>
{
    public override string Name => "version-probe-old";

    public override PluginKind Kind => PluginKind.Extractor;

    public override string Description => "Writes the Newtonsoft.Json version it runs with into metadata.";

    /// <summary>The Newtonsoft.Json assembly version this plugin sees.</summary>
    public static string SeenVersion => typeof(JsonConvert).Assembly.GetName().Version!.ToString();

    protected override IStep CreateStep(NoOptions options) => new Step();

    public sealed class NoOptions;

    private sealed class Step : IStep
    {
        public ValueTask RunAsync(IStepContext context, CancellationToken cancellationToken)
        {
            // Serialising through the library proves it really loaded, not only resolved.
            context.SetMetadata("newtonsoft-old", SeenVersion + " " + JsonConvert.SerializeObject(new { ok = true }));
            return ValueTask.CompletedTask;
        }
    }
}
