using System.Globalization;
using System.Text;
using System.Text.Json;
using Pipeline.Core.Chains;
using Pipeline.Core.Engine;
using Pipeline.Core.Plugins;
using Pipeline.Plugins.MetadataExtractor;
using Pipeline.Plugins.QrCodeCleaner;
using Pipeline.Plugins.ScrapeLayoutCleaner;
using Pipeline.Plugins.WhitespaceCleaner;
using Xunit;

namespace Pipeline.Plugins.Tests;

/// <summary>Runs the cleaners through the real engine: registry, inline chain JSON, chain run with trace.</summary>
internal static class TestHost
{
    public static PluginRegistry Registry { get; } = new(
    [
        new LoadedPlugin(new QrCodePlugin(), "test"),
        new LoadedPlugin(new ScrapeLayoutPlugin(), "test"),
        new LoadedPlugin(new MetadataPlugin(), "test"),
        new LoadedPlugin(new WhitespacePlugin(), "test"),
    ]);

    /// <summary>An inline chain of the plugins, in order, each with default options.</summary>
    public static string ChainJson(params string[] plugins) =>
        JsonSerializer.Serialize(new { steps = plugins.Select(p => new { plugin = p }) });

    /// <summary>An inline chain of one plugin with the given options object.</summary>
    public static string ChainJson(string plugin, object options) =>
        JsonSerializer.Serialize(new { steps = new[] { new { plugin, options } } });

    public static Chain Build(string json) => ChainLoader.BuildInline(json, Registry);

    public static async Task<ChainResult> RunAsync(Chain chain, string text, bool trace = true)
    {
        var result = await chain.RunAsync(new DocumentInput { Text = text }, trace, CancellationToken.None);
        Assert.Null(result.Failure);
        Assert.All(result.Steps, step => Assert.True(step.Outcome == StepOutcome.Ok, $"{step.StepId}: {step.Outcome} {step.Message}"));
        return result;
    }

    public static Task<ChainResult> RunAsync(string text, params string[] plugins) =>
        RunAsync(Build(ChainJson(plugins)), text);

    public static async Task<string> CleanAsync(string text, params string[] plugins) =>
        (await RunAsync(text, plugins)).Text;

    /// <summary>Shows invisible characters, so that a failed comparison says where the difference is.</summary>
    public static string Visible(string text)
    {
        var shown = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var category = char.GetUnicodeCategory(c);
            if (c == '\n')
            {
                shown.Append("\\n\n");
            }
            else if (c == ' ' || (!char.IsControl(c) && !char.IsWhiteSpace(c) && category is not UnicodeCategory.Format and not UnicodeCategory.NonSpacingMark))
            {
                shown.Append(c);
            }
            else
            {
                shown.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        return shown.ToString();
    }

    /// <summary>Reads a file as the exact text it holds (a byte order mark, if any, stays a character).</summary>
    public static string ReadExact(string path) => new UTF8Encoding(false, true).GetString(File.ReadAllBytes(path));
}
