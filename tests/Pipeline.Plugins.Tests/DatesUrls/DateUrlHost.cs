using System.Text.Json;
using Pipeline.Abstractions;
using Pipeline.Core.Chains;
using Pipeline.Core.Engine;
using Pipeline.Core.Plugins;
using Pipeline.Plugins.DateUrlExtractor;
using Xunit;

namespace Pipeline.Plugins.Tests.DatesUrls;

/// <summary>Runs <c>dates-urls</c> alone through the real engine and hands back its annotations.</summary>
internal static class DateUrlHost
{
    public static PluginRegistry Registry { get; } = new([new LoadedPlugin(new DateUrlPlugin(), "test")]);

    /// <summary>One <c>dates-urls</c> step; an 8 MB document needs more than the default step time limit of 5 s in a debug build.</summary>
    public static string ChainJson(object? options = null, int timeoutMs = 60_000) =>
        JsonSerializer.Serialize(new { steps = new[] { new { plugin = "dates-urls", options = options ?? new { }, timeoutMs } } });

    /// <summary>The annotations of one type, in text order.</summary>
    public static async Task<IReadOnlyList<Annotation>> FindAsync(string text, string type, object? options = null, string? published = null)
    {
        var annotations = await AllAsync(text, options, published);
        return [.. annotations.Where(a => a.Type == type)];
    }

    public static async Task<IReadOnlyList<Annotation>> AllAsync(string text, object? options = null, string? published = null)
    {
        var chain = ChainLoader.BuildInline(ChainJson(options), Registry);
        var metadata = published is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["published"] = published };
        var result = await chain.RunAsync(new DocumentInput { Text = text, Metadata = metadata }, false, CancellationToken.None);
        Assert.Null(result.Failure);
        Assert.All(result.Steps, step => Assert.True(step.Outcome == StepOutcome.Ok, $"{step.StepId}: {step.Outcome} {step.Message}"));
        return result.Annotations;
    }

    /// <summary>Each annotation as <c>text=value</c>, the way a failed assertion reads best.</summary>
    public static IReadOnlyList<string> Show(string text, IEnumerable<Annotation> annotations) =>
        [.. annotations.Select(a => $"{text[a.Start..a.End]}={a.Attributes["value"]}")];
}
