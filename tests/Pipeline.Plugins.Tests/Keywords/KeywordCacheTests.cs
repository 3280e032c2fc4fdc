using System.Globalization;
using System.Text;
using Pipeline.Core.Engine;
using Xunit;

namespace Pipeline.Plugins.Tests.Keywords;

/// <summary>A step keeps the words it has met for later documents; what it met before, or meets meanwhile, changes no document's keywords.</summary>
public sealed class KeywordCacheTests
{
    private static readonly string[] Texts =
    [
        "Harbour pilots guide cargo ships through the narrow channel. The pilots' boats wait at the Harbour Office, "
            + "and every ship's captain radios the office before the channel narrows.",
        "The city council approved a new tram line. Tram drivers welcomed the line; the council's transport committee "
            + "will publish the timetable, and the U.K. rail regulator reviews tram safety.",
        "Naval coöperation between the two ports grew. The cooperation covers harbour dredging, shared pilots and "
            + "joint training of tug crews – crews who’ve worked the channel for years.",
        "Cargo volumes at the port rose again. Port officials credit the channel dredging and the new tram line "
            + "that carries dock workers; harbour pilots say ships now wait less.",
    ];

    [Fact]
    public async Task ADocumentGetsTheSameKeywordsWhateverTheStepReadBefore()
    {
        var fresh = await DescribeAsync(KeywordHost.Build(), Texts[^1]);
        var chain = KeywordHost.Build();
        foreach (var text in Texts)
        {
            await KeywordHost.KeywordsAsync(chain, text);
        }

        Assert.Equal(fresh, await DescribeAsync(chain, Texts[^1]));
    }

    [Fact]
    public async Task DocumentsReadAtTheSameTimeGetTheKeywordsTheyGetAlone()
    {
        var alone = new List<List<string>>();
        foreach (var text in Texts)
        {
            alone.Add(await DescribeAsync(KeywordHost.Build(), text));
        }

        var chain = KeywordHost.Build();
        var together = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(() => DescribeAsync(chain, Texts[i % Texts.Length]))));

        for (var i = 0; i < together.Length; i++)
        {
            Assert.Equal(alone[i % Texts.Length], together[i]);
        }
    }

    [Fact]
    public async Task AStepThatMetMoreWordsThanItKeepsStillGivesTheSameKeywords()
    {
        // More distinct words than the step keeps (2^15 written forms), so that it starts over.
        var words = new StringBuilder();
        for (var i = 0; i < 40_000; i++)
        {
            words.Append("tor").Append(i.ToString("x", CultureInfo.InvariantCulture).Replace('0', 'q').Replace('1', 'u')).Append(i % 9 == 8 ? ". " : " ");
        }

        var fresh = await DescribeAsync(KeywordHost.Build(), Texts[0]);
        var chain = KeywordHost.Build();
        await KeywordHost.KeywordsAsync(chain, Texts[0]);
        await KeywordHost.KeywordsAsync(chain, words.ToString());

        Assert.Equal(fresh, await DescribeAsync(chain, Texts[0]));
        Assert.Equal(fresh, await DescribeAsync(chain, Texts[0]));
    }

    private static async Task<List<string>> DescribeAsync(Chain chain, string text) =>
        [.. (await KeywordHost.KeywordsAsync(chain, text)).Select(k => string.Create(
            CultureInfo.InvariantCulture,
            $"{k.Start}-{k.End} {k.Score:R} {k.Attributes["phrase"]} | {k.Attributes["stem"]} #{k.Attributes["rank"]}"))];
}
