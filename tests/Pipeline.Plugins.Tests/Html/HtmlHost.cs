using System.Text.Json;
using Pipeline.Core.Chains;
using Pipeline.Core.Engine;
using Pipeline.Core.Plugins;
using Pipeline.Plugins.EntityExtractor;
using Pipeline.Plugins.HtmlConverter;
using Pipeline.Plugins.SentenceSplitter;
using Pipeline.Plugins.WhitespaceCleaner;
using Xunit;

namespace Pipeline.Plugins.Tests.Html;

/// <summary>Runs the <c>html</c> converter through the real engine, alone or before later steps.</summary>
internal static class HtmlHost
{
    public static PluginRegistry Registry { get; } = new(
    [
        new LoadedPlugin(new HtmlPlugin(), "test"),
        new LoadedPlugin(new WhitespacePlugin(), "test"),
        new LoadedPlugin(new SentencePlugin(), "test"),
        new LoadedPlugin(new EntityPlugin(), "test"),
    ]);

    public static string Pages => Path.Combine(AppContext.BaseDirectory, "Html", "Pages");

    public static Chain Chain(params string[] plugins) =>
        ChainLoader.BuildInline(JsonSerializer.Serialize(new { steps = plugins.Select(p => new { plugin = p }) }), Registry);

    public static Chain Chain(object htmlOptions) =>
        ChainLoader.BuildInline(JsonSerializer.Serialize(new { steps = new[] { new { plugin = "html", options = htmlOptions } } }), Registry);

    public static Task<ChainResult> RunAsync(Chain chain, string html, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default) =>
        chain.RunAsync(new DocumentInput { Text = html, Metadata = metadata ?? new Dictionary<string, string>() }, true, cancellationToken);

    public static async Task<ChainResult> RunOkAsync(Chain chain, string html, IReadOnlyDictionary<string, string>? metadata = null)
    {
        var result = await RunAsync(chain, html, metadata);
        Assert.Null(result.Failure);
        Assert.All(result.Steps, step => Assert.True(step.Outcome == StepOutcome.Ok, $"{step.StepId}: {step.Outcome} {step.Message}"));
        return result;
    }

    public static string Page(string name) => TestHost.ReadExact(Path.Combine(Pages, name + ".input.html"));

    public static string Expected(string name) => TestHost.ReadExact(Path.Combine(Pages, name + ".expected.txt"));
}
