using System.Text;
using Xunit;

namespace Pipeline.Plugins.Tests.Keywords;

/// <summary>8 MB documents are processed whole within the step's time limit; how cost grows with size is measured by the benchmarks.</summary>
public sealed class KeywordScaleTests
{
    private const int EightMegabytes = 8 << 20;

    [Fact]
    public async Task EightMegabytesOfProseWithAHugeVocabularyGiveKeywords()
    {
        var text = Prose(seed: 7);

        var keywords = await KeywordHost.KeywordsAsync(text);

        Assert.NotEmpty(keywords);
        Assert.All(keywords.Take(1000), k => Assert.True(k.End > k.Start));
    }

    [Fact]
    public async Task EightMegabytesOfOneRepeatedNounGiveShortPhrases()
    {
        var text = new StringBuilder(EightMegabytes).Insert(0, "harbour ", EightMegabytes / 8).ToString();

        var keywords = await KeywordHost.KeywordsAsync(text);

        Assert.All(keywords, k => Assert.True(k.Attributes["phrase"].Split(' ').Length <= 12));
    }

    [Fact]
    public async Task ShortDocumentsAfterALongOneOnTheSameStepGiveTheSameKeywords()
    {
        const string Short = "The harbour board approved the new ferry pier. The ferry pier opens in May, the harbour board said.";
        var chain = KeywordHost.Build();
        var expected = KeywordHost.Phrases(await KeywordHost.KeywordsAsync(chain, Short));

        // Some 150,000 words: more than a step keeps room for between documents.
        await KeywordHost.KeywordsAsync(chain, Prose(seed: 11)[..1_000_000]);
        var again = await Task.WhenAll(Enumerable.Range(0, 4 * Environment.ProcessorCount).Select(_ => KeywordHost.KeywordsAsync(chain, Short)));

        Assert.NotEmpty(expected);
        Assert.All(again, keywords => Assert.Equal(expected, KeywordHost.Phrases(keywords)));
    }

    /// <summary>Sentences of made-up words, Zipf-like in frequency, with function words between them.</summary>
    private static string Prose(int seed)
    {
        var random = new Random(seed);
        string[] syllables = ["ka", "lo", "mi", "tre", "sun", "ber", "qua", "ni", "dor", "vel", "pan", "rith", "os", "ul", "gran", "sta"];
        string[] function = ["the", "of", "and", "a", "to", "in", "is", "was", "for", "with", "by", "from"];
        var words = Enumerable.Range(0, 50_000).Select(_ => string.Concat(Enumerable.Range(0, random.Next(2, 5)).Select(_ => syllables[random.Next(syllables.Length)]))).ToArray();
        var text = new StringBuilder(EightMegabytes + 200);
        while (text.Length < EightMegabytes)
        {
            var length = random.Next(8, 25);
            for (var i = 0; i < length; i++)
            {
                var word = random.NextDouble() < 0.35 ? function[random.Next(function.Length)] : words[(int)Math.Min(words.Length - 1, Math.Pow(words.Length, random.NextDouble()) - 1)];
                text.Append(i == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word).Append(i + 1 < length ? " " : ". ");
            }

            if (random.Next(10) == 0)
            {
                text.Append("\n\n");
            }
        }

        return text.ToString();
    }
}
