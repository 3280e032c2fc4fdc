using System.Text;
using System.Text.Json;
using Pipeline.Core.Chains;
using Pipeline.Core.Engine;
using Pipeline.Core.Plugins;
using Pipeline.Plugins.SentenceSplitter;
using Pipeline.Plugins.Summarizers.Lead;
using Pipeline.Plugins.Summarizers.TextRank;
using Xunit;

namespace Pipeline.Plugins.Tests.Summaries;

/// <summary>Runs the sentence and summary plugins through the real engine, as inline chains.</summary>
internal static class TextPluginHost
{
    public static PluginRegistry Registry { get; } = new(
    [
        new LoadedPlugin(new SentencePlugin(), "test"),
        new LoadedPlugin(new LeadPlugin(), "test"),
        new LoadedPlugin(new TextRankPlugin(), "test"),
    ]);

    /// <summary>A chain of (plugin, options) steps, in order; null options are left out.</summary>
    public static Chain Chain(params (string Plugin, object? Options)[] steps) =>
        ChainLoader.BuildInline(
            JsonSerializer.Serialize(new { steps = steps.Select(s => s.Options is null ? (object)new { plugin = s.Plugin } : new { plugin = s.Plugin, options = s.Options }) }),
            Registry);

    public static async Task<ChainResult> RunAsync(string text, params (string Plugin, object? Options)[] steps)
    {
        var result = await Chain(steps).RunAsync(new DocumentInput { Text = text }, false, CancellationToken.None);
        Assert.Null(result.Failure);
        Assert.All(result.Steps, step => Assert.True(step.Outcome == StepOutcome.Ok, $"{step.StepId}: {step.Outcome} {step.Message}"));
        return result;
    }

    /// <summary>The sample article from shared/, read at run time, never copied into the repository.</summary>
    public static string Sample()
    {
        var path = Path.Combine(RepoRoot.Samples, "000_2513f709a0890ad6.txt");
        Assert.True(File.Exists(path), $"the shared sample {path} is missing (tests expect shared/ beside the repository)");
        return new UTF8Encoding(false, true).GetString(File.ReadAllBytes(path));
    }
}
