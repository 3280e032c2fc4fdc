using System.Text.Json;
using Pipeline.Abstractions;
using Pipeline.Plugins.QuoteExtractor;
using Pipeline.Plugins.Tests.Entities;
using Xunit;

namespace Pipeline.Plugins.Tests.Quotes;

public sealed class QuoteOptionsTests
{
    [Fact]
    public void ThePluginDescribesItselfAndItsOptions()
    {
        var plugin = new QuotePlugin();
        using var schema = JsonDocument.Parse(plugin.OptionsSchema);
        var properties = schema.RootElement.GetProperty("properties");

        Assert.Equal(("quotes", PluginKind.Extractor, "1.0.0"), (plugin.Name, plugin.Kind, plugin.Version));
        Assert.Equal(["minUnattributedWords", "resolvePronouns", "useEntityAnnotations"], properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(4, properties.GetProperty("minUnattributedWords").GetProperty("default").GetInt32());
        Assert.All(properties.EnumerateObject(), p => Assert.False(string.IsNullOrWhiteSpace(p.Value.GetProperty("description").GetString())));
    }

    [Fact]
    public async Task MinUnattributedWordsDecidesWhatIsAScareQuote()
    {
        const string text = "The ferry, a “floating hotel,” left at noon.";

        var strict = await ExtractorHost.RunAsync(ExtractorHost.Chain("quotes"), text);
        var loose = await ExtractorHost.RunAsync(ExtractorHost.Chain("quotes", new { minUnattributedWords = 1 }), text);

        Assert.Empty(strict.Annotations);
        Assert.Equal("floating hotel,", loose.Text[loose.Annotations[0].Start..loose.Annotations[0].End]);
    }

    [Fact]
    public async Task PronounsCanBeLeftUnresolved()
    {
        const string text = "Maria Ostrovska chaired the hearing.\n\n“The numbers do not add up,” she said.";

        var result = await ExtractorHost.RunAsync(ExtractorHost.Chain("quotes", new { resolvePronouns = false }), text);

        var quote = Assert.Single(result.Annotations);
        Assert.False(quote.Attributes.ContainsKey("speaker"));
    }

    [Fact]
    public async Task EntityAnnotationsCanBeIgnored()
    {
        // The entity step is told to ignore the byline; the quote step's own rules read it.
        const string text = "“We will see,” Wrenfield said.";
        var metadata = new Dictionary<string, string> { ["author"] = "Robin Wrenfield" };
        var steps = new object[] { new { plugin = "entities", options = new { authorKey = "" } }, new { plugin = "quotes", options = new { useEntityAnnotations = false } } };
        var ignoring = Pipeline.Core.Chains.ChainLoader.BuildInline(JsonSerializer.Serialize(new { steps }), ExtractorHost.Registry);
        var trusting = Pipeline.Core.Chains.ChainLoader.BuildInline(JsonSerializer.Serialize(new { steps = new object[] { steps[0], new { plugin = "quotes" } } }), ExtractorHost.Registry);

        var ignored = await ExtractorHost.RunAsync(ignoring, text, metadata);
        var trusted = await ExtractorHost.RunAsync(trusting, text, metadata);

        Assert.Equal("Robin Wrenfield", ignored.Annotations.Single(a => a.Type == "quote").Attributes["speaker"]);
        Assert.Equal("Wrenfield", trusted.Annotations.Single(a => a.Type == "quote").Attributes["speaker"]);
    }

    [Fact]
    public async Task ADocumentWithoutQuotationMarksIsLeftAlone()
    {
        var result = await ExtractorHost.RunAsync("Nobody said anything at all, Kelmont noted.", "quotes");

        Assert.Empty(result.Annotations);
    }
}
