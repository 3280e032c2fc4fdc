using Pipeline.Text;
using Xunit;

namespace Pipeline.Plugins.Tests.Sentences;

public sealed class SentenceSegmenterTests
{
    [Fact]
    public void PlainSentencesSplitAfterTheirPunctuation()
    {
        Assert.Equal(
            ["The ferry left at noon.", "Was it late?", "Nobody knew!", "It arrived at dusk."],
            Split.Sentences("The ferry left at noon. Was it late? Nobody knew! It arrived at dusk."));
    }

    [Theory]
    [InlineData("The U.S. Treasury and the U.K. regulator spoke to the U.N. panel on Tuesday.")]
    [InlineData("Both sides met at the C.I.A. headquarters before dawn.")]
    [InlineData("Gen. Ortiz, Dr. Amin, Mr. Lowe and Mrs. Shah toured St. Olaf's college.")]
    [InlineData("The vote is set for Jan. 12 and the count for Feb. 3 in the town hall.")]
    [InlineData("The trilogy by J. R. R. Tolkien and a speech by John F. Kennedy were on the list.")]
    [InlineData("The striker wears No. 9 and scored in the 88th minute.")]
    [InlineData("Inflation rose to 3.5 percent while the pound fell 0.25 cents to $1.27.")]
    [InlineData("The prices rose, e.g. bread and milk, vs. last year's.")]
    [InlineData("Details are at www.example.org/news/today.html and from desk@example.com if needed.")]
    [InlineData("The talks dragged on... and on into the night.")]
    [InlineData("She earned a Ph.D. in physics at 9 a.m. on a Monday.")]
    public void AbbreviationsInitialsAndNumbersStayInsideTheirSentence(string sentence)
    {
        Assert.Equal([sentence], Split.Sentences(sentence));
    }

    [Fact]
    public void AnInitialismEndsASentenceWhenTheNextWordStartsOne()
    {
        Assert.Equal(
            ["Tariffs were raised by the U.S.", "It was the third rise this year."],
            Split.Sentences("Tariffs were raised by the U.S. It was the third rise this year."));
    }

    [Fact]
    public void TheExtraPeriodAfterAnInitialismEndsTheSentence()
    {
        Assert.Equal(
            ["Everyone spoke of the J.C.P.O.A..", "It had been signed in 2015."],
            Split.Sentences("Everyone spoke of the J.C.P.O.A.. It had been signed in 2015."));
    }

    [Fact]
    public void ASentenceEndingInsideAQuoteEndsAfterTheClosingQuote()
    {
        Assert.Equal(
            ["The coach said: “We will be back.”", "The crowd cheered."],
            Split.Sentences("The coach said: “We will be back.” The crowd cheered."));
        Assert.Equal(
            ["He told me, ‘It is finished.’ ”", "Then he left."],
            Split.Sentences("He told me, ‘It is finished.’ ” Then he left."));
    }

    [Theory]
    [InlineData("“We are not leaving,” the mayor said.")]
    [InlineData("\"Who would pay for it?\" she asked.")]
    [InlineData("“The plan, ‘as written,’ ” he added, “cannot work.”")]
    public void AQuoteFollowedByItsAttributionStaysOneSentence(string sentence)
    {
        Assert.Equal([sentence], Split.Sentences(sentence));
    }

    [Fact]
    public void AQuoteOfSeveralSentencesIsSplitInside()
    {
        Assert.Equal(
            ["“The road is shut.", "Nobody can pass.", "We wait,” the driver said."],
            Split.Sentences("“The road is shut. Nobody can pass. We wait,” the driver said."));
    }

    [Fact]
    public void AParagraphBreakAlwaysEndsASentence()
    {
        Assert.Equal(
            ["A heading without a stop", "The story starts here, with the U.S.", "Next paragraph."],
            Split.Sentences("A heading without a stop\n\nThe story starts here, with the U.S.\n\nNext paragraph.\n"));
        Assert.Equal(["One", "Two."], Split.Sentences("One\r\n\r\nTwo."));
    }

    [Fact]
    public void ALineWithoutFinalPunctuationIsASentenceOfItsOwn()
    {
        Assert.Equal(
            ["Harbour Fees Rise Again", "12 May 2021 - 09:15", "The port raised its fees."],
            Split.Sentences("Harbour Fees Rise Again\n12 May 2021 - 09:15\nThe port raised its fees.\n"));
    }

    [Fact]
    public void ALineThatGoesOnInLowerCaseIsNotCutAtTheBreak()
    {
        Assert.Equal(
            ["The minister said that\nthe plan would go ahead, despite\nthe protests."],
            Split.Sentences("The minister said that\nthe plan would go ahead, despite\nthe protests."));
    }

    [Fact]
    public void SentencesGluedWithoutASpaceAreSplit()
    {
        Assert.Equal(
            ["Profits rose 5%.", "Shares fell.", "\"It was a good year.\"", "Analysts agreed."],
            Split.Sentences("Profits rose 5%.Shares fell.\"It was a good year.\"Analysts agreed."));
        Assert.Equal(["Use System.Text.Json here."], Split.Sentences("Use System.Text.Json here."));
    }

    [Fact]
    public void AnEllipsisEndsASentenceOnlyBeforeACapital()
    {
        Assert.Equal(
            ["We waited and waited...", "Then the rain came."],
            Split.Sentences("We waited and waited... Then the rain came."));
    }

    [Fact]
    public void AListNumberStaysWithItsItem()
    {
        Assert.Equal(["1. Bring water.", "2. Bring food."], Split.Sentences("1. Bring water.\n2. Bring food."));
    }

    [Fact]
    public void SpansAreTrimmedAndSeparatorsAreNoSentences()
    {
        const string text = "  First line.   \n\n* * *\n\n\tSecond line.  ";

        var spans = SentenceSegmenter.Split(text);

        Assert.Equal(["First line.", "Second line."], spans.Select(s => text[s.Start..s.End]));
        Assert.Equal(new TextSpan(2, 13), spans[0]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("...")]
    public void TextWithoutWordsHasNoSentences(string text)
    {
        Assert.Empty(SentenceSegmenter.Split(text));
    }

    [Fact]
    public void TheEnumeratorGivesWhatSplitGives()
    {
        const string text = "One. Two? Three!\n\nFour";
        var enumerated = new List<TextSpan>();
        foreach (var sentence in SentenceSegmenter.Enumerate(text))
        {
            enumerated.Add(sentence);
        }

        Assert.Equal(SentenceSegmenter.Split(text), enumerated);
    }

    [Theory]
    [InlineData("Markets Rally", true)]
    [InlineData("Story Code: 123", true)]
    [InlineData("Markets rallied.", false)]
    [InlineData("“Markets rallied.”", false)]
    [InlineData("Did markets rally?", false)]
    public void HeadingsAreLinesWithoutFinalPunctuation(string sentence, bool heading)
    {
        Assert.Equal(heading, SentenceSegmenter.IsHeading(sentence));
    }
}
