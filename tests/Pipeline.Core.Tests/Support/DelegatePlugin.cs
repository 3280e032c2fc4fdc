using System.Text.Json;
using Pipeline.Abstractions;

namespace Pipeline.Core.Tests.Support;

/// <summary>An in-process plugin whose step is a delegate, for engine tests.</summary>
internal sealed class DelegatePlugin : IPlugin
{
    private readonly Func<IStepContext, CancellationToken, ValueTask> _run;

    public DelegatePlugin(string name, Func<IStepContext, CancellationToken, ValueTask> run, PluginKind kind = PluginKind.Cleaner)
    {
        Name = name;
        Kind = kind;
        _run = run;
    }

    public DelegatePlugin(string name, Action<IStepContext> run, PluginKind kind = PluginKind.Cleaner)
        : this(name, (context, _) =>
        {
            run(context);
            return ValueTask.CompletedTask;
        }, kind)
    {
    }

    public string Name { get; }

    public PluginKind Kind { get; }

    public string Version => "1.0.0";

    public string Description => "test plugin";

    public string OptionsSchema => """{"type":"object","properties":{"level":{"type":"integer","minimum":0}},"additionalProperties":false}""";

    public IStep CreateStep(JsonElement options) => new Step(_run);

    private sealed class Step(Func<IStepContext, CancellationToken, ValueTask> run) : IStep
    {
        public ValueTask RunAsync(IStepContext context, CancellationToken cancellationToken) => run(context, cancellationToken);
    }
}
