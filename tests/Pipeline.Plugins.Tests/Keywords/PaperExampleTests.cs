using System.Text.Json;
using Lucene.Net.Tartarus.Snowball.Ext;
using Xunit;

namespace Pipeline.Plugins.Tests.Keywords;

/// <summary>The TextRank paper's example (Mihalcea and Tarau 2004, figure 2), read from ../shared/eval at test time.</summary>
public sealed class PaperExampleTests
{
    private static readonly Lazy<(string Text, string[] PaperOutput)> Example = new(Load);

    private static readonly string[] NounsAndAdjectives =
        ["linear", "constraints", "natural", "numbers", "diophantine", "equations", "strict", "nonstrict", "inequations", "upper", "bounds", "systems", "set", "minimal", "solutions"];

    private static readonly string[] Verbs = ["considered", "given", "solving", "used", "mixed"];

    [Fact]
    public async Task TheFilterAndTheCollapseFormEveryPaperKeyphraseWhenEveryWordIsKept()
    {
        var keywords = await KeywordHost.KeywordsAsync(Example.Value.Text, new { ratio = 1.0 });
        var found = keywords.Select(k => Normalize(k.Attributes["phrase"])).ToHashSet(StringComparer.Ordinal);

        Assert.All(Example.Value.PaperOutput, phrase => Assert.Contains(Normalize(phrase), found));
    }

    [Fact]
    public async Task TheFilterKeepsTheNounsAndAdjectivesOfTheAbstract()
    {
        var keywords = await KeywordHost.KeywordsAsync(Example.Value.Text, new { ratio = 1.0 });
        var words = KeywordHost.KeptWords(keywords);

        Assert.Superset(NounsAndAdjectives.Select(Stem).ToHashSet(), words.ToHashSet());
        Assert.All(Verbs, verb => Assert.DoesNotContain(Stem(verb), words));
    }

    [Fact]
    public async Task ByDefaultAThirdOfTheGraphsWordsIsKept()
    {
        var all = KeywordHost.KeptWords(await KeywordHost.KeywordsAsync(Example.Value.Text, new { ratio = 1.0 }));
        var kept = KeywordHost.KeptWords(await KeywordHost.KeywordsAsync(Example.Value.Text, new { complete = false }));

        Assert.Equal((int)Math.Ceiling(all.Count / 3.0), kept.Count);
    }

    [Fact]
    public async Task WithItsDefaultsTheExtractorFindsAtLeastFiveOfThePapersSixKeyphrases()
    {
        var found = (await KeywordHost.KeywordsAsync(Example.Value.Text)).Select(k => Normalize(k.Attributes["phrase"])).ToHashSet(StringComparer.Ordinal);

        Assert.True(Example.Value.PaperOutput.Count(p => found.Contains(Normalize(p))) >= 5, string.Join("; ", found));
    }

    private static string Normalize(string phrase)
    {
        var words = phrase.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select(Stem));
    }

    private static string Stem(string word)
    {
        var stemmer = new EnglishStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }

    private static (string, string[]) Load()
    {
        var path = Path.GetFullPath(Path.Combine(RepoRoot.Path, "..", "shared", "eval", "keywords", "mihalcea_tarau_2004_fig2.json"));
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        return (root.GetProperty("text").GetString()!, [.. root.GetProperty("textrank_paper_output").EnumerateArray().Select(e => e.GetString()!)]);
    }
}
