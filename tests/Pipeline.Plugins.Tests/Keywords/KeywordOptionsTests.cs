using System.Globalization;
using Pipeline.Core.Chains;
using Xunit;

namespace Pipeline.Plugins.Tests.Keywords;

public sealed class KeywordOptionsTests
{
    // Twelve distinct nouns and adjectives, linked in a chain with a few cross links.
    private const string Text =
        "Coastal towns depend on fishing boats. Fishing boats need safe harbours. Safe harbours need stone walls, "
        + "and stone walls need skilled masons. Skilled masons train young apprentices in coastal towns.";

    [Fact]
    public async Task ByDefaultATopThirdOfTheWordsIsKept()
    {
        var all = KeywordHost.KeptWords(await KeywordHost.KeywordsAsync(Text, new { ratio = 1.0 }));
        var kept = KeywordHost.KeptWords(await KeywordHost.KeywordsAsync(Text, new { complete = false }));

        Assert.Equal((int)Math.Ceiling(all.Count / 3.0), kept.Count);
        Assert.Subset(all.ToHashSet(), kept.ToHashSet());
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.25)]
    public async Task TheRatioSetsTheShareOfWordsKept(double ratio)
    {
        var all = KeywordHost.KeptWords(await KeywordHost.KeywordsAsync(Text, new { ratio = 1.0 }));
        var kept = KeywordHost.KeptWords(await KeywordHost.KeywordsAsync(Text, new { ratio, complete = false }));

        Assert.Equal((int)Math.Ceiling(all.Count * ratio), kept.Count);
    }

    [Fact]
    public async Task MaxKeywordsKeepsThatManyWordsInsteadOfTheRatio()
    {
        var kept = KeywordHost.KeptWords(await KeywordHost.KeywordsAsync(Text, new { maxKeywords = 2, complete = false }));
        var more = KeywordHost.KeptWords(await KeywordHost.KeywordsAsync(Text, new { maxKeywords = 1000 }));
        var all = KeywordHost.KeptWords(await KeywordHost.KeywordsAsync(Text, new { ratio = 1.0 }));

        Assert.Equal(2, kept.Count);
        Assert.Equal(all, more);
    }

    [Theory]
    [InlineData(0.85)]
    [InlineData(0.5)]
    public async Task ALoneWordScoresOneMinusTheDamping(double damping)
    {
        var keyword = Assert.Single(await KeywordHost.KeywordsAsync("Lighthouses.", new { damping }));

        Assert.Equal(1 - damping, keyword.Score, 9);
    }

    [Fact]
    public async Task AWiderWindowLinksMoreWordsAndChangesTheScores()
    {
        var narrow = await KeywordHost.KeywordsAsync(Text, new { ratio = 1.0 });
        var wide = await KeywordHost.KeywordsAsync(Text, new { ratio = 1.0, window = 4 });

        Assert.Equal(narrow.Select(k => (k.Start, k.End)), wide.Select(k => (k.Start, k.End)));
        Assert.NotEqual(narrow.Select(k => k.Score), wide.Select(k => k.Score));
    }

    [Theory]
    [InlineData(2, 0.15)]
    [InlineData(3, 0.15)]
    [InlineData(4, 1.0)]
    public async Task TheWindowIsCountedInWordsOfTheTextNotInCandidates(int window, double score)
    {
        // "storms" and "coast" are three words apart: only a window of four links them.
        var keywords = await KeywordHost.KeywordsAsync("Storms hit the coast.", new { window });

        Assert.All(keywords, k => Assert.Equal(score, k.Score, 9));
    }

    [Theory]
    [InlineData(2, 0.15)]
    [InlineData(3, 1.0)]
    public async Task APunctuationMarkCountsAsAWordOfTheWindow(int window, double score)
    {
        var keywords = await KeywordHost.KeywordsAsync("Tides, storms.", new { window });

        Assert.All(keywords, k => Assert.Equal(score, k.Score, 9));
    }

    [Fact]
    public async Task AKeptWordIsCompletedToItsNounPhraseUnlessCompleteIsOff()
    {
        // "station" links to three modifiers and alone makes the top word.
        const string text = "Trains stop at the rail station. Buses wait at the bus station. Boats dock at the ferry station.";

        var completed = KeywordHost.Phrases(await KeywordHost.KeywordsAsync(text, new { maxKeywords = 1 }));
        var strict = KeywordHost.Phrases(await KeywordHost.KeywordsAsync(text, new { maxKeywords = 1, complete = false }));

        Assert.Equal(["rail station", "bus station", "ferry station"], completed.OrderBy(p => text.IndexOf(p, StringComparison.Ordinal)));
        Assert.Equal(["station"], strict);
    }

    [Fact]
    public async Task TheSameTextGivesTheSameKeywordsEveryTimeAndConcurrently()
    {
        var chain = KeywordHost.Build();
        var first = Shown(await KeywordHost.KeywordsAsync(chain, Text));

        var runs = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => KeywordHost.KeywordsAsync(chain, Text))));

        Assert.NotEmpty(first);
        Assert.All(runs, run => Assert.Equal(first, Shown(run)));
    }

    [Theory]
    [InlineData("""{ "window": 1 }""", "window")]
    [InlineData("""{ "damping": 1.5 }""", "damping")]
    [InlineData("""{ "ratio": 0 }""", "ratio")]
    [InlineData("""{ "maxKeywords": -1 }""", "maxKeywords")]
    [InlineData("""{ "stemming": true }""", "stemming")]
    public void OptionsOutsideTheirRangeAreRefused(string options, string name)
    {
        var json = $$"""{ "steps": [ { "plugin": "keywords", "options": {{options}} } ] }""";

        var errors = ChainLoader.ValidateInline(json, KeywordHost.Registry);

        Assert.Contains(errors, e => e.Path.StartsWith("$.steps[0].options", StringComparison.Ordinal) && (e.Path.Contains(name, StringComparison.Ordinal) || e.Message.Contains(name, StringComparison.Ordinal)));
    }

    private static List<string> Shown(IEnumerable<Pipeline.Abstractions.Annotation> keywords) =>
        [.. keywords.Select(k => string.Create(CultureInfo.InvariantCulture, $"{k.Start}-{k.End} {k.Attributes["phrase"]} {k.Attributes["rank"]} {k.Score:R}"))];
}
