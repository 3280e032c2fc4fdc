using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Core.Chains;
using Pipeline.Core.Engine;
using Pipeline.Core.Plugins;

namespace Pipeline.Core.Tests.Examples;

/// <summary>The README's example plugin, built as a reader would build it and loaded from its own folder.</summary>
public sealed class ExamplePluginTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "examples", "ReadingTimePlugin");

    [Fact]
    public async Task TheExamplePluginLoadsFromItsFolderAndRunsWithItsOptions()
    {
        using var assembly = PluginAssembly.Load(Folder, NullLoggerFactory.Instance);
        var plugin = Assert.Single(assembly.Plugins);
        Assert.Equal("reading-time", plugin.Name);
        Assert.Contains("\"wordsPerMinute\"", plugin.OptionsSchemaText, StringComparison.Ordinal);
        Assert.Contains("\"default\":230", plugin.OptionsSchemaText, StringComparison.Ordinal);

        var registry = new PluginRegistry(assembly.Plugins);
        var chain = ChainLoader.BuildInline("""{"steps":[{"plugin":"reading-time","options":{"wordsPerMinute":100}}]}""", registry);
        var words = string.Join(' ', Enumerable.Repeat("word", 250));
        var result = await chain.RunAsync(new DocumentInput { Text = words }, false, CancellationToken.None);

        Assert.Equal("3", result.Metadata["reading_minutes"]);
    }

    [Fact]
    public void TheExamplePluginsRangeIsEnforcedBeforeItRuns()
    {
        using var assembly = PluginAssembly.Load(Folder, NullLoggerFactory.Instance);
        var errors = ChainLoader.ValidateInline("""{"steps":[{"plugin":"reading-time","options":{"wordsPerMinute":5}}]}""", new PluginRegistry(assembly.Plugins));
        Assert.Equal("$.steps[0].options.wordsPerMinute", Assert.Single(errors).Path);
    }
}
