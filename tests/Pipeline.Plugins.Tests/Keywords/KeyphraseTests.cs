using Lucene.Net.Tartarus.Snowball.Ext;
using Xunit;

namespace Pipeline.Plugins.Tests.Keywords;

/// <summary>How kept words become keyphrases; every word is kept (<c>ratio</c> 1) so that ranking plays no part.</summary>
public sealed class KeyphraseTests
{
    private static readonly object KeepAll = new { ratio = 1.0 };

    [Fact]
    public async Task AdjacentNounsAndAdjectivesCollapseIntoOnePhrase()
    {
        const string text = "Engineers tested the heat pump in a cold climate.";

        var keywords = await KeywordHost.KeywordsAsync(text, KeepAll);

        Assert.Equal(["engineers", "heat pump", "cold climate"], keywords.Select(k => k.Attributes["phrase"]));
        Assert.Equal(["Engineers", "heat pump", "cold climate"], keywords.Select(k => text[k.Start..k.End]));
    }

    [Fact]
    public async Task PunctuationStopWordsAndPossessivesEndAPhrase()
    {
        const string text = "The grid operator's new battery, wind farms and the storage plan.";

        var keywords = await KeywordHost.KeywordsAsync(text, KeepAll);

        Assert.Equal(["grid operator", "new battery", "wind farms", "storage plan"], keywords.Select(k => k.Attributes["phrase"]));
        Assert.Equal("grid operator", text[keywords[0].Start..keywords[0].End]);
    }

    [Fact]
    public async Task ALowerCaseWordDoesNotRunIntoANameAfterIt()
    {
        const string text = "Talks stalled when the foreign minister Javad Zarif left.";

        var keywords = await KeywordHost.KeywordsAsync(text, KeepAll);

        Assert.Contains("foreign minister", keywords.Select(k => k.Attributes["phrase"]));
        Assert.Contains("javad zarif", keywords.Select(k => k.Attributes["phrase"]));
    }

    [Fact]
    public async Task VerbsAreFilteredOutByTheirContext()
    {
        const string text = "They deal with a fair deal. Ministers will set the rules for a set price, and the growing town is growing food.";

        var keywords = await KeywordHost.KeywordsAsync(text, KeepAll);

        Assert.Equal(["fair deal", "ministers", "rules", "set price", "growing town", "food"], keywords.Select(k => k.Attributes["phrase"]));
    }

    [Fact]
    public async Task StemmingMergesWordFormsIntoOneWord()
    {
        const string text = "The battery works. Batteries fail in winter. Every battery needs care, and the batteries need more.";

        var stemmed = await KeywordHost.KeywordsAsync(text, KeepAll);
        var unstemmed = await KeywordHost.KeywordsAsync(text, new { ratio = 1.0, stem = false });

        var merged = stemmed.Where(k => k.Attributes["stem"] == Stem("batteries")).ToList();
        Assert.Equal(["battery", "Batteries", "battery", "batteries"], merged.Select(k => text[k.Start..k.End]));
        Assert.Single(merged.Select(k => (k.Attributes["phrase"], k.Score)).Distinct());
        Assert.Contains(unstemmed, k => k.Attributes["phrase"] == "battery");
        Assert.Contains(unstemmed, k => k.Attributes["phrase"] == "batteries");
    }

    [Fact]
    public async Task DiacriticsDoNotSplitAWord()
    {
        const string text = "Naval coöperation grew. The cooperation of navies ended";

        var keywords = await KeywordHost.KeywordsAsync(text, KeepAll);

        Assert.Equal(["naval coöperation", "cooperation", "navies"], keywords.Select(k => k.Attributes["phrase"]));
        Assert.Equal(keywords[0].Attributes["stem"].Split(' ')[1], keywords[1].Attributes["stem"]);
        Assert.Equal("navies", text[keywords[2].Start..keywords[2].End]);
    }

    [Fact]
    public async Task EveryOccurrenceOfAPhraseIsAnnotatedWithItsScoreAndRank()
    {
        const string text = "Solar output rose. Critics of solar output said little. Solar output, they said, is cheap.";

        var keywords = (await KeywordHost.KeywordsAsync(text, KeepAll)).Where(k => k.Attributes["phrase"] == "solar output").ToList();

        Assert.Equal(3, keywords.Count);
        Assert.All(keywords, k => Assert.Equal("Solar output", text[k.Start..k.End], ignoreCase: true));
        Assert.Single(keywords.Select(k => (k.Score, k.Attributes["rank"])).Distinct());
    }

    [Fact]
    public async Task RanksFollowScoresAndStartAtOne()
    {
        const string text = "River pollution harms fish. Farmers blame the river authority, the authority blames farmers, and fish die in the river.";

        var keywords = await KeywordHost.KeywordsAsync(text, KeepAll);
        var ranked = keywords.DistinctBy(k => k.Attributes["phrase"]).OrderBy(k => int.Parse(k.Attributes["rank"], System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(Enumerable.Range(1, ranked.Count).Select(r => r.ToString(System.Globalization.CultureInfo.InvariantCulture)), ranked.Select(k => k.Attributes["rank"]));
        Assert.Equal(ranked.Select(k => k.Score).OrderDescending(), ranked.Select(k => k.Score));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n ")]
    [InlineData("It is what it is, and they were there.")]
    [InlineData("1979 2015 42, 7.")]
    public async Task TextWithoutNounsOrAdjectivesHasNoKeywords(string text)
    {
        Assert.Empty(await KeywordHost.KeywordsAsync(text));
    }

    private static string Stem(string word)
    {
        var stemmer = new EnglishStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }
}
