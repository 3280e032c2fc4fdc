using Pipeline.Core.Chains;
using Pipeline.Core.Engine;
using Pipeline.Plugins.Tests.Entities;
using Xunit;

namespace Pipeline.Plugins.Tests.Quotes;

/// <summary>Long and hostile documents are processed whole, within the steps' time limits; how cost grows is measured by the benchmarks, not here.</summary>
public sealed class ScaleTests
{
    // A debug build on a busy machine needs more than the default step limit of 5 s for these sizes.
    private static readonly Chain Generous = ChainLoader.BuildInline(
        """{ "steps": [ { "plugin": "entities", "timeoutMs": 60000 }, { "plugin": "quotes", "timeoutMs": 60000 } ] }""",
        ExtractorHost.Registry);

    [Fact]
    public async Task ThreeThousandParagraphsOfQuotesAreEachAttributed()
    {
        var text = string.Concat(Enumerable.Range(0, 3000).Select(i => $"President Alaric Vennholt{i} met Maria Ostrovska{i}. “We agree on the tolls,” Vennholt{i} said. “And the cranes.” She added, “We will see.”\n\n"));

        var result = await ExtractorHost.RunAsync(Generous, text);

        Assert.Equal(9000, result.Annotations.Count(a => a.Type == "quote"));
        Assert.Equal("Maria Ostrovska2999", result.Annotations.Last(a => a.Type == "quote").Attributes["speaker"]);
    }

    [Fact]
    public async Task UnbalancedQuotationMarksAndEndlessCapitalsDoNotFailTheSteps()
    {
        var text = string.Concat(Enumerable.Repeat("“Alpha Beta Gamma of Delta and Epsilon Zeta “ ", 20000)) + string.Concat(Enumerable.Repeat("\" ", 50000));

        var result = await ExtractorHost.RunAsync(Generous, text);

        Assert.All(result.Annotations.Where(a => a.Type == "quote"), q => Assert.True(q.End - q.Start < text.Length / 2, $"a quote spans [{q.Start}, {q.End})"));
    }

    [Fact]
    public async Task ADocumentDenserInTokensThanProseIsReadToItsLastWord()
    {
        // Two tokens every three characters: twice what the token storage is first sized for, so it grows on the way.
        var filler = string.Concat(Enumerable.Repeat("x, ", 40000));
        const string ending = "\n\nMayor Ilse Verhoeven spoke at the harbour.\n\n“We will open the bridge in May,” Verhoeven said.";
        var text = filler + ending;

        var result = await ExtractorHost.RunAsync(Generous, text);

        var person = result.Annotations.First(a => a.Type == "person");
        Assert.Equal((filler.Length + 8, "Ilse Verhoeven"), (person.Start, text[person.Start..person.End]));
        var quote = Assert.Single(result.Annotations, a => a.Type == "quote");
        Assert.Equal("Ilse Verhoeven", quote.Attributes["speaker"]);
        Assert.Equal("We will open the bridge in May,", text[quote.Start..quote.End]);
    }
}
