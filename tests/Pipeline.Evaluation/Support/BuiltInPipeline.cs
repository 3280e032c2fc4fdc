using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Core.Chains;
using Pipeline.Core.Engine;
using Pipeline.Core.Runtime;

namespace Pipeline.Evaluation.Support;

/// <summary>The built-in plugins and the shipped chains, loaded from disk as the host loads them, run in-process.</summary>
public sealed class BuiltInPipeline : IDisposable
{
    private readonly PipelineRuntime _runtime;

    public BuiltInPipeline()
    {
        var options = new PipelineRuntimeOptions
        {
            ChainsFile = Path.Combine(AppContext.BaseDirectory, "chains.json"),
            Watch = false,
        };
        options.PluginDirectories.Add(Path.Combine(AppContext.BaseDirectory, "plugins"));
        _runtime = PipelineRuntime.Start(options, NullLoggerFactory.Instance);
    }

    public PipelineSnapshot Snapshot => _runtime.Current;

    /// <summary>A shipped chain by name (the default when null).</summary>
    public Chain Chain(string? name = null) =>
        Snapshot.Chains.Find(name ?? Snapshot.Chains.DefaultChain) ?? throw new InvalidOperationException($"no chain '{name}'");

    /// <summary>An inline chain over the built-in plugins, e.g. <c>{"steps":[{"plugin":"lead","options":{"sentences":3}}]}</c>.</summary>
    public Chain Inline(string json) => ChainLoader.BuildInline(json, Snapshot.Plugins);

    public static ChainResult Run(Chain chain, string text, IReadOnlyDictionary<string, string>? metadata = null)
    {
        var result = chain.RunAsync(new DocumentInput { Text = text, Metadata = metadata ?? new Dictionary<string, string>() }, false, CancellationToken.None)
            .GetAwaiter().GetResult();
        if (result.Failure is not null)
        {
            throw new InvalidOperationException(result.Failure.Message);
        }

        return result;
    }

    public void Dispose() => _runtime.Dispose();
}
