using Pipeline.Plugins.Tests.Entities;
using Xunit;

namespace Pipeline.Plugins.Tests.Quotes;

/// <summary>Each attribution pattern on sentences written for the purpose (the names are invented).</summary>
public sealed class QuoteAttributionTests
{
    private const string Intro = "Dariusz Kelmont, the harbour master, arrived on Monday.\n\n";

    [Theory]
    [InlineData("said")]
    [InlineData("told reporters")]
    [InlineData("added")]
    [InlineData("noted")]
    [InlineData("declared")]
    [InlineData("pronounced")]
    [InlineData("quietly insisted")]
    public async Task TheSpeakerAfterTheQuoteIsNamedInFull(string verb)
    {
        var quote = Assert.Single(await ExtractorHost.QuotesAsync(Intro + $"“The cranes will be repaired by spring,” Kelmont {verb}."));

        Assert.Equal("The cranes will be repaired by spring,", quote.Text);
        Assert.Equal("Dariusz Kelmont", quote["speaker"]);
        Assert.Equal("after", quote["attribution"]);
    }

    [Fact]
    public async Task TheSpeakerBeforeTheQuoteIsFoundAcrossACommaAndAnAside()
    {
        var quotes = await ExtractorHost.QuotesAsync(Intro + "Kelmont said, “We will not close the port.” Later Kelmont said, in March, “The tolls will rise.”");

        Assert.Equal(["Dariusz Kelmont", "Dariusz Kelmont"], quotes.Select(q => q["speaker"]));
        Assert.All(quotes, q => Assert.Equal("before", q["attribution"]));
    }

    [Fact]
    public async Task SaidInAStatementIsAnAttribution()
    {
        var quote = Assert.Single(await ExtractorHost.QuotesAsync(Intro + "“No one should doubt our resolve,” Kelmont said in a statement."));

        Assert.Equal("Dariusz Kelmont", quote["speaker"]);
    }

    [Fact]
    public async Task AnAppositiveBetweenTheNameAndTheVerbIsSkipped()
    {
        const string text = "“The channel silts up every winter,” Oskar Vellani, the director of the Carrow Institute, in Lyon, and a former pilot, told me.";

        var quote = Assert.Single(await ExtractorHost.QuotesAsync(text));

        Assert.Equal("Oskar Vellani", quote["speaker"]);
    }

    [Fact]
    public async Task WhoToldWhomIsTheOneWhoTold()
    {
        const string text = "Mirela Oduya met Dariusz Kelmont at noon.\n\n“Our ports can work together,” Oduya told Kelmont, according to the minutes.";

        var quote = Assert.Single(await ExtractorHost.QuotesAsync(text));

        Assert.Equal("Mirela Oduya", quote["speaker"]);
    }

    [Fact]
    public async Task WhoToldWhomBeforeTheQuoteIsTheOneWhoTold()
    {
        const string text = "Mirela Oduya met Dariusz Kelmont at noon. Oduya told Kelmont, “Our ports can work together.”";

        Assert.Equal("Mirela Oduya", Assert.Single(await ExtractorHost.QuotesAsync(text))["speaker"]);
    }

    [Fact]
    public async Task AnInvertedAttributionNamesTheSpeakerAfterTheVerb()
    {
        var quote = Assert.Single(await ExtractorHost.QuotesAsync(Intro + "“The tide waits for no one,” said Kelmont."));

        Assert.Equal("Dariusz Kelmont", quote["speaker"]);
    }

    [Theory]
    [InlineData("“The yard is sound,” said chief executive Tomas Fendler.")]
    [InlineData("“The yard is sound,” chief executive Tomas Fendler confirmed.")]
    [InlineData("“The yard is sound,” Mr Fendler said.", "Fendler")]
    [InlineData("Tomas Fendler, Carrow Shipping Group said: “The yard is sound.”")]
    [InlineData("“The yard is sound,” the Harbour Gazette quoted Mr Tomas Fendler as saying.")]
    [InlineData("Tomas Fendler said the yard would stay open, adding that it was “sound in every respect.”")]
    public async Task TheSpeakerIsThePersonAroundTheirRoleTitleOrEmployer(string text, string speaker = "Tomas Fendler")
    {
        Assert.Equal(speaker, Assert.Single(await ExtractorHost.QuotesAsync(text))["speaker"]);
    }

    [Fact]
    public async Task HePrefersTheSubjectOverAManNamedLaterInTheSentence()
    {
        const string text = "Peter Halden accused John Fendler of wasting money on the cranes. “This is a scandal, plain and simple,” he told reporters.";

        Assert.Equal("Peter Halden", Assert.Single(await ExtractorHost.QuotesAsync(text))["speaker"]);
    }

    [Fact]
    public async Task AccordingToNamesTheSource()
    {
        var quote = Assert.Single(await ExtractorHost.QuotesAsync("Mirela Oduya spoke last.\n\n“The deal is finished,” according to Oduya."));

        Assert.Equal(("Mirela Oduya", "according-to"), (quote["speaker"], quote["attribution"]));
    }

    [Fact]
    public async Task AnUnnamedSpeakerIsTheRoleTheTextGives()
    {
        var quotes = await ExtractorHost.QuotesAsync(
            "“We saw nothing unusual,” a spokesman for the coast guard said.\n\nThe port’s U.N. envoy charged the report was “partial and late.”");

        Assert.Equal(["a spokesman", "the port’s U.N. envoy"], quotes.Select(q => q["speaker"]));
    }

    [Fact]
    public async Task HeResolvesToTheLastManNamedInTheParagraph()
    {
        const string text = "At the quay, Kelmont inspected the cranes.\n\n"
            + "At the same meeting, Peter Halden criticised the plan for its cost. “This plan is reckless and slow,” he said, with Kelmont standing next to him.";

        var quote = Assert.Single(await ExtractorHost.QuotesAsync(text));

        Assert.Equal(("Peter Halden", "pronoun"), (quote["speaker"], quote["attribution"]));
    }

    [Fact]
    public async Task ShePassesOverAManToTheLastWoman()
    {
        const string text = "Maria Ostrovska chaired the hearing. John Fendler spoke first.\n\n“The numbers do not add up at all,” she said.";

        Assert.Equal("Maria Ostrovska", Assert.Single(await ExtractorHost.QuotesAsync(text))["speaker"]);
    }

    [Fact]
    public async Task APronounInALaterParagraphFallsBackToTheLastSpeaker()
    {
        const string text = "“The cranes are safe,” Dariusz Kelmont said.\n\n"
            + "The inspection took four hours and ended at dusk.\n\n"
            + "“They will stay open all winter,” he added.";

        var quotes = await ExtractorHost.QuotesAsync(text);

        Assert.Equal(["Dariusz Kelmont", "Dariusz Kelmont"], quotes.Select(q => q["speaker"]));
        Assert.NotEqual(quotes[0]["group"], quotes[1]["group"]);
    }

    [Fact]
    public async Task APersonNamedInsideAQuoteIsNotWhomAPronounMeans()
    {
        const string text = "Ali Vellani, a pilot, spoke after the vote.\n\n“After the storm, Kelmont worried about the harbour,” he said.";

        Assert.Equal("Ali Vellani", Assert.Single(await ExtractorHost.QuotesAsync(text))["speaker"]);
    }

    [Fact]
    public async Task AnAttributionToSomeoneNobodyNamedIsStillSpeech()
    {
        var quote = Assert.Single(await ExtractorHost.QuotesAsync("The meeting ran late.\n\n“Yes,” he said."));

        Assert.Equal(("Yes,", "pronoun"), (quote.Text, quote["attribution"]));
        Assert.Null(quote["speaker"]);
    }

    [Fact]
    public async Task AnInstitutionCanBeTheSource()
    {
        const string text = "Under what the Times called a “reckless” budget, Kelmont said, in March, “The tolls will stay.”";

        var quotes = await ExtractorHost.QuotesAsync(text);

        Assert.Equal(["reckless", "The tolls will stay."], quotes.Select(q => q.Text));
        Assert.Equal(["the Times", "Kelmont"], quotes.Select(q => q["speaker"]));
    }

    [Fact]
    public async Task AnInstitutionAfterTheQuoteIsTheSourceToo()
    {
        var quote = Assert.Single(await ExtractorHost.QuotesAsync("“The vote was rushed,” the Times reported."));

        Assert.Equal("the Times", quote["speaker"]);
    }

    [Fact]
    public async Task AQuoteSplitByItsAttributionIsOneGroupWithOneSpeaker()
    {
        const string text = Intro + "“The cranes are old,” Kelmont said. “But they still work.”\n\n“We need new ones,” he said, “and soon.”";

        var quotes = await ExtractorHost.QuotesAsync(text);

        Assert.Equal(["The cranes are old,", "But they still work.", "We need new ones,", "and soon."], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("Dariusz Kelmont", q["speaker"]));
        Assert.Equal(quotes[0]["group"], quotes[1]["group"]);
        Assert.Equal(quotes[2]["group"], quotes[3]["group"]);
        Assert.NotEqual(quotes[0]["group"], quotes[2]["group"]);
        Assert.Equal("continuation", quotes[1]["attribution"]);
    }

    [Fact]
    public async Task ASecondAttributedQuoteOfTheSameSpeakerIsItsOwnGroup()
    {
        const string text = Intro + "Kelmont warned that he would “scrap” the lease. “Nobody should question my promise,” Kelmont said.";

        var quotes = await ExtractorHost.QuotesAsync(text);

        Assert.Equal(["scrap", "Nobody should question my promise,"], quotes.Select(q => q.Text));
        Assert.NotEqual(quotes[0]["group"], quotes[1]["group"]);
    }

    [Fact]
    public async Task AScareQuoteIsNoQuotation()
    {
        Assert.Empty(await ExtractorHost.QuotesAsync("The ferry, a “floating” hotel with a “lively” bar, left at noon."));
    }

    [Fact]
    public async Task AWordQuotedFromSomeoneWhoCalledSomethingSoIsAQuotation()
    {
        var quote = Assert.Single(await ExtractorHost.QuotesAsync(Intro + "Kelmont called the new timetable “a real step forward.”"));

        Assert.Equal(("a real step forward.", "Dariusz Kelmont", "before"), (quote.Text, quote["speaker"], quote["attribution"]));
    }

    [Fact]
    public async Task AWordCarriedByAWarningIsTheWarnersQuotation()
    {
        var quote = Assert.Single(await ExtractorHost.QuotesAsync("Maria Ostrovska runs the ferry company.\n\nLast week she gave the union notice that she would “cancel” the contract."));

        Assert.Equal(("cancel", "Maria Ostrovska", "report"), (quote.Text, quote["speaker"], quote["attribution"]));
    }

    [Fact]
    public async Task ATitleOrSloganWithNoSpeakerIsNoQuotation()
    {
        Assert.Empty(await ExtractorHost.QuotesAsync("After the strike, “Bread And Water For All” became the union’s creed."));
    }

    [Fact]
    public async Task ANestedSingleQuoteStaysInsideItsQuotation()
    {
        const string text = "“The first thing she said was, ‘I will not sell the boat,’ ” Oskar Vellani, a fisherman, told me.";

        var quote = Assert.Single(await ExtractorHost.QuotesAsync(text));

        Assert.Equal("The first thing she said was, ‘I will not sell the boat,’", quote.Text);
        Assert.Equal("Oskar Vellani", quote["speaker"]);
    }

    [Fact]
    public async Task StraightQuotesWorkLikeTypographicOnes()
    {
        const string text = Intro + "\"The cranes are old,\" Kelmont said. \"But they still work.\" Kelmont said, \"We will see.\"";

        var quotes = await ExtractorHost.QuotesAsync(text);

        Assert.Equal(["The cranes are old,", "But they still work.", "We will see."], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("Dariusz Kelmont", q["speaker"]));
    }

    [Fact]
    public async Task AQuotationRunningOverTwoParagraphsIsOneGroup()
    {
        const string text = Intro + "“The first winter was the hardest. We lost two boats.\n\n“The second was better,” Kelmont said.";

        var quotes = await ExtractorHost.QuotesAsync(text);

        Assert.Equal(["The first winter was the hardest. We lost two boats.", "The second was better,"], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("Dariusz Kelmont", q["speaker"]));
        Assert.Equal(quotes[0]["group"], quotes[1]["group"]);
    }

    [Fact]
    public async Task AParagraphOfQuotationAfterASpeakerGoesOnWithTheirWords()
    {
        const string text = "“The cranes are safe,” Dariusz Kelmont said.\n\n“They were inspected in March and passed every test.”";

        var quotes = await ExtractorHost.QuotesAsync(text);

        Assert.Equal(["Dariusz Kelmont", "Dariusz Kelmont"], quotes.Select(q => q["speaker"]));
        Assert.Equal("previous-speaker", quotes[1]["attribution"]);
    }

    [Fact]
    public async Task AQuotationNobodySaidHasNoSpeaker()
    {
        var quote = Assert.Single(await ExtractorHost.QuotesAsync("The sign at the gate read “Closed for the winter until further notice.” nothing more."));

        Assert.Null(quote["speaker"]);
        Assert.Equal("none", quote["attribution"]);
    }

    [Fact]
    public async Task QuoteOffsetsCoverTheQuotedWordsWithoutTheMarks()
    {
        const string text = "Kelmont said, “ We will see. ”";

        var quote = Assert.Single(await ExtractorHost.QuotesAsync(text));

        Assert.Equal("We will see.", text[quote.Start..quote.End]);
    }

    [Fact]
    public async Task EmojiAndWindowsLineBreaksLeaveOffsetsOnWholeCharacters()
    {
        const string text = "Dariusz Kelmont won the regatta.\r\n\r\n“We won the cup 🏆, again 🏆” Kelmont said 🎉.\r\n";

        var result = await ExtractorHost.RunAsync(text, "entities", "quotes");

        Assert.Equal("We won the cup 🏆, again 🏆", result.Text[result.Annotations.Single(a => a.Type == "quote").Start..result.Annotations.Single(a => a.Type == "quote").End]);
        Assert.All(result.Annotations, a =>
        {
            Assert.False(char.IsLowSurrogate(text[a.Start]), $"{a.Type} starts inside a pair");
            Assert.False(a.End < text.Length && char.IsLowSurrogate(text[a.End]), $"{a.Type} ends inside a pair");
        });
        Assert.Equal("Dariusz Kelmont", result.Annotations.Single(a => a.Type == "quote").Attributes["speaker"]);
    }

    [Fact]
    public async Task EarlierPersonAnnotationsGiveTheSameSpeakersAsTheBuiltInRules()
    {
        const string text = Intro + "“The cranes are old,” Kelmont said. “But they still work.”\n\n“It will cost a lot,” said Oskar Vellani, the treasurer.";

        var alone = await ExtractorHost.QuotesAsync(text);
        var after = await ExtractorHost.QuotesAsync(text, afterEntities: true);

        Assert.Equal(alone.Select(q => (q.Start, q.End, q["speaker"], q["group"])), after.Select(q => (q.Start, q.End, q["speaker"], q["group"])));
    }

    [Fact]
    public async Task EarlierAnnotationsAreUsedAsGiven()
    {
        // A step before may know better: its canonical attribute names the speaker.
        var result = await ExtractorHost.RunAsync(ExtractorHost.Chain("entities", "quotes"), Intro + "“We will see,” Kelmont said.");

        var person = result.Annotations.First(a => a.Type == "person" && result.Text[a.Start..a.End] == "Kelmont");
        Assert.Equal("Dariusz Kelmont", person.Attributes["canonical"]);
        Assert.Equal("Dariusz Kelmont", result.Annotations.Single(a => a.Type == "quote").Attributes["speaker"]);
    }
}
