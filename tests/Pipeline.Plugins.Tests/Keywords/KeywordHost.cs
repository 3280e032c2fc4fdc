using System.Text.Json;
using Pipeline.Abstractions;
using Pipeline.Core.Chains;
using Pipeline.Core.Engine;
using Pipeline.Core.Plugins;
using Pipeline.Plugins.KeywordExtractor;
using Xunit;

namespace Pipeline.Plugins.Tests.Keywords;

/// <summary>Runs <c>keywords</c> alone through the real engine and hands back its annotations.</summary>
internal static class KeywordHost
{
    public static PluginRegistry Registry { get; } = new([new LoadedPlugin(new KeywordPlugin(), "test")]);

    /// <summary>One <c>keywords</c> step; an 8 MB document needs more than the default step time limit of 5 s in a debug build.</summary>
    public static string ChainJson(object? options = null, int timeoutMs = 60_000) =>
        JsonSerializer.Serialize(new { steps = new[] { new { plugin = "keywords", options = options ?? new { }, timeoutMs } } });

    public static Chain Build(object? options = null) => ChainLoader.BuildInline(ChainJson(options), Registry);

    public static async Task<IReadOnlyList<Annotation>> KeywordsAsync(string text, object? options = null) =>
        await KeywordsAsync(Build(options), text);

    public static async Task<IReadOnlyList<Annotation>> KeywordsAsync(Chain chain, string text)
    {
        var result = await chain.RunAsync(new DocumentInput { Text = text }, false, CancellationToken.None);
        Assert.Null(result.Failure);
        Assert.All(result.Steps, step => Assert.True(step.Outcome == StepOutcome.Ok, $"{step.StepId}: {step.Outcome} {step.Message}"));
        Assert.All(result.Annotations, a => Assert.Equal("keyword", a.Type));
        return result.Annotations;
    }

    /// <summary>The distinct phrases, best ranked first.</summary>
    public static IReadOnlyList<string> Phrases(IEnumerable<Annotation> keywords) =>
        [.. keywords.DistinctBy(k => k.Attributes["phrase"]).OrderBy(k => int.Parse(k.Attributes["rank"], System.Globalization.CultureInfo.InvariantCulture)).Select(k => k.Attributes["phrase"])];

    /// <summary>The distinct words (stems) the phrases are made of: the words TextRank kept.</summary>
    public static IReadOnlySet<string> KeptWords(IEnumerable<Annotation> keywords) =>
        keywords.SelectMany(k => k.Attributes["stem"].Split(' ')).ToHashSet(StringComparer.Ordinal);
}
