using System.Text.Json;
using Pipeline.Core.Chains;
using Pipeline.Core.Engine;
using Pipeline.Core.Plugins;
using Pipeline.Plugins.DateUrlExtractor;
using Pipeline.Plugins.EntityExtractor;
using Pipeline.Plugins.MarkdownConverter;
using Pipeline.Plugins.SentenceSplitter;
using Pipeline.Plugins.WhitespaceCleaner;
using Xunit;

namespace Pipeline.Plugins.Tests.Markdown;

/// <summary>Runs the <c>markdown</c> converter through the real engine, alone or before later steps.</summary>
internal static class MarkdownHost
{
    public static PluginRegistry Registry { get; } = new(
    [
        new LoadedPlugin(new MarkdownPlugin(), "test"),
        new LoadedPlugin(new WhitespacePlugin(), "test"),
        new LoadedPlugin(new SentencePlugin(), "test"),
        new LoadedPlugin(new EntityPlugin(), "test"),
        new LoadedPlugin(new DateUrlPlugin(), "test"),
    ]);

    public static string Articles => Path.Combine(AppContext.BaseDirectory, "Markdown", "Articles");

    public static Chain Chain(params string[] plugins) =>
        ChainLoader.BuildInline(JsonSerializer.Serialize(new { steps = plugins.Select(p => new { plugin = p }) }), Registry);

    public static Chain Chain(object markdownOptions) =>
        ChainLoader.BuildInline(JsonSerializer.Serialize(new { steps = new[] { new { plugin = "markdown", options = markdownOptions } } }), Registry);

    public static Task<ChainResult> RunAsync(Chain chain, string markdown, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default) =>
        chain.RunAsync(new DocumentInput { Text = markdown, MediaType = "text/markdown", Metadata = metadata ?? new Dictionary<string, string>() }, true, cancellationToken);

    public static async Task<ChainResult> RunOkAsync(Chain chain, string markdown, IReadOnlyDictionary<string, string>? metadata = null)
    {
        var result = await RunAsync(chain, markdown, metadata);
        Assert.Null(result.Failure);
        Assert.All(result.Steps, step => Assert.True(step.Outcome == StepOutcome.Ok, $"{step.StepId}: {step.Outcome} {step.Message}"));
        return result;
    }

    public static Task<ChainResult> ConvertAsync(string markdown, IReadOnlyDictionary<string, string>? metadata = null) =>
        RunOkAsync(Chain("markdown"), markdown, metadata);

    public static string Article(string name) => TestHost.ReadExact(Path.Combine(Articles, name + ".input.md"));

    public static string Expected(string name) => TestHost.ReadExact(Path.Combine(Articles, name + ".expected.txt"));
}
