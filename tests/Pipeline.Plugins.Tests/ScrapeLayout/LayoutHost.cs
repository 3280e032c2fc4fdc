using System.Text.Json;
using Pipeline.Core.Chains;
using Pipeline.Core.Engine;
using Pipeline.Core.Plugins;
using Pipeline.Plugins.MetadataExtractor;
using Pipeline.Plugins.QrCodeCleaner;
using Pipeline.Plugins.ScrapeLayoutCleaner;
using Pipeline.Plugins.WhitespaceCleaner;
using Xunit;

namespace Pipeline.Plugins.Tests.ScrapeLayout;

/// <summary>
/// The news chain's plugins (qr-code, scrape-layout, whitespace, metadata) in a registry of their own,
/// run through the real engine, so these tests do not depend on which plugins <see cref="TestHost"/> lists.
/// </summary>
internal static class LayoutHost
{
    public const string SampleName = "000_2513f709a0890ad6.txt";

    public static PluginRegistry Registry { get; } = new(
    [
        new LoadedPlugin(new QrCodePlugin(), "test"),
        new LoadedPlugin(new ScrapeLayoutPlugin(), "test"),
        new LoadedPlugin(new WhitespacePlugin(), "test"),
        new LoadedPlugin(new MetadataPlugin(), "test"),
    ]);

    /// <summary>An inline chain of the plugins, in order, each with default options.</summary>
    public static string ChainJson(params string[] plugins) =>
        JsonSerializer.Serialize(new { steps = plugins.Select(p => new { plugin = p }) });

    /// <summary>An inline chain of one plugin with the given options object.</summary>
    public static string ChainJson(string plugin, object options) =>
        JsonSerializer.Serialize(new { steps = new[] { new { plugin, options } } });

    public static Chain Build(string json) => ChainLoader.BuildInline(json, Registry);

    public static async Task<ChainResult> RunAsync(Chain chain, string text, IReadOnlyDictionary<string, string>? metadata = null)
    {
        var input = new DocumentInput { Text = text, Metadata = metadata ?? new Dictionary<string, string>() };
        var result = await chain.RunAsync(input, true, CancellationToken.None);
        Assert.Null(result.Failure);
        Assert.All(result.Steps, step => Assert.True(step.Outcome == StepOutcome.Ok, $"{step.StepId}: {step.Outcome} {step.Message}"));
        return result;
    }

    public static Task<ChainResult> RunAsync(string text, params string[] plugins) => RunAsync(Build(ChainJson(plugins)), text);

    /// <summary>The shared sample, read exactly as it is on disk.</summary>
    public static string Sample()
    {
        var path = Path.Combine(RepoRoot.Samples, SampleName);
        Assert.True(File.Exists(path), $"the shared sample {path} is missing (tests expect shared/ beside the repository)");
        return TestHost.ReadExact(path);
    }
}
