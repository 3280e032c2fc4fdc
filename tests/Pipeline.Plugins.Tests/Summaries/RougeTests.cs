using Pipeline.Evaluation.Summaries;
using Xunit;

namespace Pipeline.Plugins.Tests.Summaries;

/// <summary>ROUGE on examples small enough to count by hand.</summary>
public sealed class RougeTests
{
    private const int Precision = 6;

    [Fact]
    public void TokensAreLowerCasedRunsOfLettersAndDigits()
    {
        Assert.Equal(["the", "cat", "s", "hat", "costs", "5", "99"], Rouge.Tokens("The cat's HAT, costs $5.99!"));
    }

    [Fact]
    public void OneWordDifferenceInSixWords()
    {
        // candidate: the cat sat on the mat; reference: the cat lay on the mat.
        // Unigrams: the x2, cat, on, mat match: 5 of 6 each way. Bigrams: "the cat", "on the", "the mat": 3 of 5.
        // LCS: the cat on the mat = 5.
        var scores = Rouge.Score("The cat sat on the mat.", "the cat lay on the mat");

        Assert.Equal(5.0 / 6, scores.Rouge1.F1, Precision);
        Assert.Equal(0.6, scores.Rouge2.F1, Precision);
        Assert.Equal(5.0 / 6, scores.RougeL.F1, Precision);
    }

    [Fact]
    public void RepeatedWordsMatchOnlyAsOftenAsTheReferenceHasThem()
    {
        // "the" four times against once: 1 match, precision 1/4, recall 1/2, F1 = 2 * 1/8 / (3/4) = 1/3.
        var score = Rouge.N(Rouge.Tokens("the the the the"), Rouge.Tokens("the cat"), 1);

        Assert.Equal(0.25, score.Precision, Precision);
        Assert.Equal(0.5, score.Recall, Precision);
        Assert.Equal(1.0 / 3, score.F1, Precision);
    }

    [Fact]
    public void PrecisionAndRecallDifferWhenTheLengthsDo()
    {
        // candidate: police killed the gunman (4); reference: the gunman was killed by police (6).
        // Unigram matches 4: P = 1, R = 4/6. Bigram "the gunman" only: P = 1/3, R = 1/5, F1 = 0.25.
        // LCS: "the gunman" (police comes before killed in one, after it in the other), 2: P = 2/4, R = 2/6, F1 = 0.4.
        var scores = Rouge.Score("police killed the gunman", "the gunman was killed by police");

        Assert.Equal(1, scores.Rouge1.Precision, Precision);
        Assert.Equal(4.0 / 6, scores.Rouge1.Recall, Precision);
        Assert.Equal(0.8, scores.Rouge1.F1, Precision);
        Assert.Equal(0.25, scores.Rouge2.F1, Precision);
        Assert.Equal(0.4, scores.RougeL.F1, Precision);
    }

    [Fact]
    public void TheLongestCommonSubsequenceNeedNotBeContiguous()
    {
        Assert.Equal(3, Rouge.LongestCommonSubsequence(["a", "b", "c", "d", "e"], ["a", "c", "e"]));
        Assert.Equal(0, Rouge.LongestCommonSubsequence(["a"], []));
    }

    [Theory]
    [InlineData("", "the cat")]
    [InlineData("the cat", "")]
    [InlineData("dogs bark", "the cat")]
    public void NoMatchScoresZero(string candidate, string reference)
    {
        var scores = Rouge.Score(candidate, reference);

        Assert.Equal((0.0, 0.0, 0.0), (scores.Rouge1.F1, scores.Rouge2.F1, scores.RougeL.F1));
    }

    [Fact]
    public void ASummaryThatIsTheReferenceScoresOne()
    {
        const string text = "Rain fell. The river rose by two metres.";

        var scores = Rouge.Score(text, text);

        Assert.Equal((1.0, 1.0, 1.0), (scores.Rouge1.F1, scores.Rouge2.F1, scores.RougeL.F1));
    }
}
