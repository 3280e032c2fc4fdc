using Pipeline.Plugins.Summarizers.TextRank;
using Pipeline.Text;
using Xunit;

namespace Pipeline.Plugins.Tests.Summaries;

/// <summary>The pieces of the textrank summarizer that are fast in two ways and must agree to the last bit.</summary>
public sealed class TextRankPartsTests
{
    [Theory]
    [InlineData(SimilarityKind.Overlap, false)]
    [InlineData(SimilarityKind.Cosine, false)]
    [InlineData(SimilarityKind.Bm25, false)]
    [InlineData(SimilarityKind.Overlap, true)]
    [InlineData(SimilarityKind.Bm25, true)]
    public void TheGraphWeighsEachPairAsASingleComparisonDoes(SimilarityKind kind, bool stem)
    {
        const int window = 20;
        var text = TextPluginHost.Sample() + "\n\n" + Articles.Flood;
        var sentences = SentenceSegmenter.Split(text);
        var vectors = TermVectors.Build(text, sentences, new TermOptions(stem, RemoveStopWords: true), CancellationToken.None);
        var following = new Similarity(vectors);
        var single = new Similarity(vectors);
        var others = new int[window];
        var weights = new double[window];

        for (var i = 0; i < sentences.Count; i++)
        {
            var last = Math.Min(sentences.Count - 1, i + window);
            var found = following.CompareFollowing(i, last, kind, others, weights);
            var expected = new List<(int Other, double Weight)>();
            single.Load(i);
            for (var j = i + 1; j <= last; j++)
            {
                var weight = single.Compare(j, kind);
                if (weight != 0)
                {
                    expected.Add((j, weight));
                }
            }

            Assert.Equal(expected, others.Take(found).Zip(weights.Take(found)).ToList());
        }
    }

    [Fact]
    public void WordsThatDifferOnlyInCaseShareATerm()
    {
        const string text = "Café CAFÉ café. Iran’s IRAN’S iran’s. \u212Aelvin KELVIN kelvin. Ωμέγα ΩΜΈΓΑ ωμέγα.";
        var sentences = SentenceSegmenter.Split(text);

        var vectors = TermVectors.Build(text, sentences, new TermOptions(Stem: false, RemoveStopWords: true), CancellationToken.None);

        Assert.Equal(4, vectors.Count);
        Assert.Equal(4, vectors.Vocabulary);
        for (var s = 0; s < vectors.Count; s++)
        {
            Assert.Equal([s], vectors.TermsOf(s).ToArray());
            Assert.Equal([3], vectors.CountsOf(s).ToArray());
        }
    }

    [Fact]
    public void StopWordsAreLeftOutInAnyCaseAndWithEitherApostrophe()
    {
        const string text = "It is THE end, so don’t DON'T Don’t worry.";

        var vectors = TermVectors.Build(text, SentenceSegmenter.Split(text), new TermOptions(Stem: false, RemoveStopWords: true), CancellationToken.None);

        Assert.Equal(2, vectors.Vocabulary);
        Assert.Equal([2], vectors.Lengths);
    }

    [Fact]
    public void ATableOfCollidingWordsTurnsToTheRandomisedHashAndStillFindsEachOnce()
    {
        // Words whose cheap hashes agree in their low twelve bits all want the same bucket.
        var colliding = Enumerable.Range(0, 1_000_000)
            .Select(i => $"w{i}")
            .Where(w => (TermTable.Multiplicative(w) & 0xFFF) == 0)
            .Take(100)
            .ToList();
        var table = new TermTable(16);

        for (var i = 0; i < colliding.Count; i++)
        {
            table.Find(colliding[i]).Id = i;
        }

        Assert.True(table.Randomized);
        for (var i = 0; i < colliding.Count; i++)
        {
            Assert.Equal(i, table.Find(colliding[i]).Id);
        }

        Assert.Equal(TermTable.NoId, table.Find("w-new").Id);
    }
}
