using System.Text.Json;
using Pipeline.Core.Chains;
using Pipeline.Core.Engine;
using Pipeline.Core.Plugins;
using Pipeline.Plugins.EntityExtractor;
using Pipeline.Plugins.QrCodeCleaner;
using Pipeline.Plugins.QuoteExtractor;
using Pipeline.Plugins.WhitespaceCleaner;
using Xunit;

namespace Pipeline.Plugins.Tests.Entities;

/// <summary>Runs the entity and quote extractors through the real engine, after the cleaners when asked.</summary>
internal static class ExtractorHost
{
    public static PluginRegistry Registry { get; } = new(
    [
        new LoadedPlugin(new QrCodePlugin(), "test"),
        new LoadedPlugin(new WhitespacePlugin(), "test"),
        new LoadedPlugin(new EntityPlugin(), "test"),
        new LoadedPlugin(new QuotePlugin(), "test"),
    ]);

    public static Chain Chain(params string[] plugins) =>
        ChainLoader.BuildInline(JsonSerializer.Serialize(new { steps = plugins.Select(p => new { plugin = p }) }), Registry);

    public static Chain Chain(string plugin, object options) =>
        ChainLoader.BuildInline(JsonSerializer.Serialize(new { steps = new[] { new { plugin, options } } }), Registry);

    public static async Task<ChainResult> RunAsync(Chain chain, string text, IReadOnlyDictionary<string, string>? metadata = null)
    {
        var input = new DocumentInput { Text = text, Metadata = metadata ?? new Dictionary<string, string>() };
        var result = await chain.RunAsync(input, false, CancellationToken.None);
        Assert.Null(result.Failure);
        Assert.All(result.Steps, step => Assert.True(step.Outcome == StepOutcome.Ok, $"{step.StepId}: {step.Outcome} {step.Message}"));
        return result;
    }

    public static Task<ChainResult> RunAsync(string text, params string[] plugins) => RunAsync(Chain(plugins), text);

    public static async Task<IReadOnlyList<Found>> EntitiesAsync(string text) =>
        Found.Of(await RunAsync(text, "entities"), "person", "organization", "location");

    public static async Task<IReadOnlyList<Found>> PersonsAsync(string text) =>
        Found.Of(await RunAsync(text, "entities"), "person");

    /// <summary>The quotes of <paramref name="text"/>, by the quote extractor alone or after the entity extractor.</summary>
    public static async Task<IReadOnlyList<Found>> QuotesAsync(string text, bool afterEntities = false) =>
        Found.Of(await RunAsync(text, afterEntities ? ["entities", "quotes"] : ["quotes"]), "quote");
}

/// <summary>One annotation, with its text, as the tests compare it.</summary>
internal sealed record Found(string Type, string Text, int Start, int End, IReadOnlyDictionary<string, string> Attributes)
{
    public string? this[string attribute] => Attributes.GetValueOrDefault(attribute);

    public static IReadOnlyList<Found> Of(ChainResult result, params string[] types) =>
        [.. result.Annotations.Where(a => types.Contains(a.Type)).Select(a => new Found(a.Type, result.Text[a.Start..a.End], a.Start, a.End, a.Attributes))];

    public override string ToString() => $"{Type} '{Text}' {string.Join(' ', Attributes.Select(kv => kv.Key + "=" + kv.Value))}";
}
