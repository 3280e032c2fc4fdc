using System.Text.Json;
using Pipeline.Core.Chains;
using Pipeline.Core.Engine;
using Pipeline.Core.Plugins;
using Pipeline.Plugins.EntityExtractor;
using Pipeline.Plugins.PdfConverter;
using Pipeline.Plugins.SentenceSplitter;
using Pipeline.Plugins.WhitespaceCleaner;
using Xunit;

namespace Pipeline.Plugins.Tests.Pdf;

/// <summary>Runs the <c>pdf</c> converter through the real engine, alone or before later steps, on a document submitted as bytes.</summary>
internal static class PdfHost
{
    public static PluginRegistry Registry { get; } = new(
    [
        new LoadedPlugin(new PdfPlugin(), "test"),
        new LoadedPlugin(new WhitespacePlugin(), "test"),
        new LoadedPlugin(new SentencePlugin(), "test"),
        new LoadedPlugin(new EntityPlugin(), "test"),
    ]);

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Pdf");

    public static Chain Chain(params string[] plugins) =>
        ChainLoader.BuildInline(JsonSerializer.Serialize(new { steps = plugins.Select(p => new { plugin = p }) }), Registry);

    public static Chain Chain(object pdfOptions) =>
        ChainLoader.BuildInline(JsonSerializer.Serialize(new { steps = new[] { new { plugin = "pdf", options = pdfOptions } } }), Registry);

    public static Task<ChainResult> RunAsync(Chain chain, byte[] pdf, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default) =>
        chain.RunAsync(new DocumentInput { Text = string.Empty, Data = pdf, MediaType = "application/pdf", Metadata = metadata ?? new Dictionary<string, string>() }, true, cancellationToken);

    public static async Task<ChainResult> RunOkAsync(Chain chain, byte[] pdf, IReadOnlyDictionary<string, string>? metadata = null)
    {
        var result = await RunAsync(chain, pdf, metadata);
        Assert.Null(result.Failure);
        Assert.All(result.Steps, step => Assert.True(step.Outcome == StepOutcome.Ok, $"{step.StepId}: {step.Outcome} {step.Message}"));
        return result;
    }

    /// <summary>The failure of a document the converter refused.</summary>
    public static async Task<ChainFailure> RejectedAsync(Chain chain, byte[] pdf)
    {
        var result = await RunAsync(chain, pdf);
        Assert.NotNull(result.Failure);
        Assert.Equal(FailureKind.DocumentRejected, result.Failure.Kind);
        Assert.Equal(StepOutcome.Failed, Assert.Single(result.Steps).Outcome);
        return result.Failure;
    }

    public static string Expected(string name) => TestHost.ReadExact(Path.Combine(Folder, name + ".expected.txt"));
}
