using System.Text.Json;
using Pipeline.Core.Chains;
using Pipeline.Core.Engine;
using Pipeline.Core.Plugins;
using Pipeline.Plugins.DocxConverter;
using Pipeline.Plugins.SentenceSplitter;
using Pipeline.Plugins.WhitespaceCleaner;
using Xunit;

namespace Pipeline.Plugins.Tests.Docx;

/// <summary>Runs the <c>docx</c> converter through the real engine, alone or before later steps, on a Word file's bytes.</summary>
internal static class DocxHost
{
    public const string MediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static PluginRegistry Registry { get; } = new(
    [
        new LoadedPlugin(new DocxPlugin(), "test"),
        new LoadedPlugin(new WhitespacePlugin(), "test"),
        new LoadedPlugin(new SentencePlugin(), "test"),
    ]);

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Docx");

    public static Chain Chain(params string[] plugins) =>
        ChainLoader.BuildInline(JsonSerializer.Serialize(new { steps = plugins.Select(p => new { plugin = p }) }), Registry);

    public static Chain Chain(object docxOptions) =>
        ChainLoader.BuildInline(JsonSerializer.Serialize(new { steps = new[] { new { plugin = "docx", options = docxOptions } } }), Registry);

    public static Task<ChainResult> RunAsync(Chain chain, byte[] file, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default) =>
        chain.RunAsync(new DocumentInput { Text = "", Data = file, MediaType = MediaType, Metadata = metadata ?? new Dictionary<string, string>() }, true, cancellationToken);

    public static async Task<ChainResult> RunOkAsync(Chain chain, byte[] file, IReadOnlyDictionary<string, string>? metadata = null)
    {
        var result = await RunAsync(chain, file, metadata);
        Assert.Null(result.Failure);
        Assert.All(result.Steps, step => Assert.True(step.Outcome == StepOutcome.Ok, $"{step.StepId}: {step.Outcome} {step.Message}"));
        return result;
    }

    /// <summary>Runs a chain that must refuse the file, and gives the failure's message.</summary>
    public static async Task<string> RejectedAsync(Chain chain, byte[] file)
    {
        var result = await RunAsync(chain, file);
        Assert.NotNull(result.Failure);
        Assert.Equal(FailureKind.DocumentRejected, result.Failure.Kind);
        Assert.Equal(StepOutcome.Failed, Assert.Single(result.Steps).Outcome);
        return result.Failure.Message;
    }

    public static string Expected(string name) => TestHost.ReadExact(Path.Combine(Folder, name + ".expected.txt"));
}
