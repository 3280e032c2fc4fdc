using Xunit;

namespace Pipeline.Plugins.Tests.Entities;

/// <summary>The entity rules one by one, on sentences written for the purpose (the names are invented).</summary>
public sealed class EntityRulesTests
{
    [Theory]
    [InlineData("Prime Minister Alaric Vennholt opened the session.", "Alaric Vennholt")]
    [InlineData("The visit of Major General Osric Tamberlane was brief.", "Osric Tamberlane")]
    [InlineData("She met the former Secretary of State Mirela Oduya on Monday.", "Mirela Oduya")]
    [InlineData("Talks with Supreme Leader Farid Halden ended early.", "Farid Halden")]
    [InlineData("A letter from Dr. Tessaly Brun arrived.", "Tessaly Brun")]
    [InlineData("The ministers thanked President Norvik for his time.", "Norvik")]
    [InlineData("Mr Idris Halden and his dog walked home.", "Idris Halden")]
    [InlineData("Then Mr. Halden left.", "Halden")]
    public async Task ATitleMakesTheNameAfterItAPersonWithoutTheTitle(string text, string name)
    {
        var person = Assert.Single(await ExtractorHost.PersonsAsync(text));

        Assert.Equal(name, person.Text);
        Assert.Equal(name, person["canonical"]);
        Assert.True(person.Attributes.Count >= 1);
    }

    [Fact]
    public async Task TwoTitledPeopleJoinedByAndAreTwoPeople()
    {
        var persons = await ExtractorHost.PersonsAsync("Supreme Leader Farid Halden and President Dariusz Kelmont spoke by phone.");

        Assert.Equal(["Farid Halden", "Dariusz Kelmont"], persons.Select(p => p.Text));
    }

    [Fact]
    public async Task ASurnameResolvesToTheFullNameTheDocumentGivesElsewhere()
    {
        const string text = "Kelmont arrived late. The foreign minister, Dariusz Kelmont, then read a statement.\n\n"
            + "Afterwards the grey-haired Kelmont left by train, and Kelmont’s aides stayed behind.";

        var persons = await ExtractorHost.PersonsAsync(text);

        Assert.Equal(["Kelmont", "Dariusz Kelmont", "Kelmont", "Kelmont"], persons.Select(p => p.Text));
        Assert.All(persons, p => Assert.Equal("Dariusz Kelmont", p["canonical"]));
    }

    [Fact]
    public async Task TheNearestEarlierFullNameWinsWhenTwoPeopleShareASurname()
    {
        const string text = "Anna Brun chairs the board. Peter Brun, her brother, runs the shipyard. Brun said the yard would hire.";

        var persons = await ExtractorHost.PersonsAsync(text);

        Assert.Equal("Peter Brun", persons[^1]["canonical"]);
    }

    [Fact]
    public async Task AGivenNameFromTheGazetteerMakesAPersonAndTellsTheGender()
    {
        var persons = await ExtractorHost.PersonsAsync("Yesterday Maria Ostrovska and John Fendler signed the lease.");

        Assert.Equal(["Maria Ostrovska", "John Fendler"], persons.Select(p => p.Text));
        Assert.Equal(["female", "male"], persons.Select(p => p["gender"]));
    }

    [Theory]
    [InlineData("Oskar Vellani, the director of the port authority, resigned.")]
    [InlineData("The board thanked its chairman, Oskar Vellani, for his work.")]
    [InlineData("On the quay, Oskar Vellani told reporters the cranes were safe.")]
    [InlineData("Years later Oskar Vellani invaded the quiet of the archive.")]
    public async Task AnUnknownNameIsAPersonByTheWordsAroundIt(string text)
    {
        var person = Assert.Single(await ExtractorHost.PersonsAsync(text));

        Assert.Equal("Oskar Vellani", person.Text);
    }

    [Fact]
    public async Task WordsDescribingAPersonBeforeTheirGivenNameAreNotTheirName()
    {
        var persons = await ExtractorHost.PersonsAsync("Harbour pilot Maria Ostrovska docked. Green MEP John Fendler objected.");

        Assert.Equal(["Maria Ostrovska", "John Fendler"], persons.Select(p => p.Text));
    }

    [Fact]
    public async Task AWordThatSpeaksIsAPersonEvenWithoutAFullName()
    {
        var person = Assert.Single(await ExtractorHost.PersonsAsync("The yard will close in winter, Vellani noted, and reopen in spring."));

        Assert.Equal("Vellani", person["canonical"]);
    }

    [Theory]
    [InlineData("In May and June the council met every Friday.")]
    [InlineData("The ferry left on 3 Mar 2018 and again on Sunday, August 4.")]
    [InlineData("By March the price had doubled; in April it fell.")]
    public async Task MonthsAndWeekdaysAreNeverPeople(string text)
    {
        Assert.Empty(await ExtractorHost.PersonsAsync(text));
    }

    [Fact]
    public async Task CountriesThatAreAlsoGivenNamesArePlaces()
    {
        var found = await ExtractorHost.EntitiesAsync("Envoys from Georgia, Jordan and Israel met in Tehran, then flew to Lyon.");

        Assert.DoesNotContain(found, f => f.Type == "person");
        Assert.Equal(["Georgia", "Jordan", "Israel", "Tehran", "Lyon"], found.Where(f => f.Type == "location").Select(f => f.Text));
    }

    [Fact]
    public async Task DemonymsAreNeitherPeopleNorPlaces()
    {
        var found = await ExtractorHost.EntitiesAsync("Polish and Chilean diplomats, and several Chilean-American scholars, met the Canadians.");

        Assert.Empty(found);
    }

    [Fact]
    public async Task ADemonymBeforeAPlaceOrAnOrganisationLeavesTheRestStanding()
    {
        var found = await ExtractorHost.EntitiesAsync("The Polish-Chile pact worried the Chilean Army and the Polish Academy of Sciences.");

        Assert.Equal(["location Chile", "organization Chilean Army", "organization Polish Academy of Sciences"], found.Select(f => f.Type + " " + f.Text));
    }

    [Fact]
    public async Task ACapitalisedWordTheTextAlsoWritesInLowerCaseIsNoName()
    {
        const string text = "Harbour Tolls increased sharply this year. Harbour tolls are set by the port board.";

        Assert.Empty(await ExtractorHost.PersonsAsync(text));
    }

    [Fact]
    public async Task ASentenceInitialWordAloneIsTooWeakToBeAName()
    {
        Assert.Empty(await ExtractorHost.EntitiesAsync("Contacts multiplied. Relations improved. Afterward, nobody complained."));
    }

    [Theory]
    [InlineData("the Meridian Policy Institute", "Meridian Policy Institute")]
    [InlineData("Carrow University", "Carrow University")]
    [InlineData("the Northern Fisheries Agency", "Northern Fisheries Agency")]
    [InlineData("the Valdane Discussion Club", "Valdane Discussion Club")]
    [InlineData("the Institute for Coastal Strategic Studies", "Institute for Coastal Strategic Studies")]
    [InlineData("the Harbour Defence Forces", "Harbour Defence Forces")]
    [InlineData("the Revolutionary Guards", "Revolutionary Guards")]
    [InlineData("the Kelmont Administration", "Kelmont Administration")]
    public async Task OrganisationWordsMakeTheRunAnOrganisation(string phrase, string name)
    {
        var found = await ExtractorHost.EntitiesAsync($"A report by {phrase} was published today.");

        var organization = Assert.Single(found);
        Assert.Equal(("organization", name), (organization.Type, organization.Text));
    }

    [Fact]
    public async Task TheTimesIsAnOrganisationNamedWithItsArticle()
    {
        var organization = Assert.Single(await ExtractorHost.EntitiesAsync("The plan was, in what the Times called a gamble, adopted."));

        Assert.Equal(("organization", "Times", "the Times"), (organization.Type, organization.Text, organization["canonical"]));
    }

    [Fact]
    public async Task AnUnknownWordBeforeAStateIsAPlace()
    {
        var found = await ExtractorHost.EntitiesAsync("Protests spread to Pellworth, Missouri, within days.");

        Assert.Equal(["location Pellworth", "location Missouri"], found.Select(f => f.Type + " " + f.Text));
    }

    [Fact]
    public async Task APlaceBeforeAHyphenatedWordIsStillAPlace()
    {
        var found = await ExtractorHost.EntitiesAsync("A Lyon-based group and a U.K.-educated lawyer.");

        Assert.Equal(["Lyon", "U.K."], found.Where(f => f.Type == "location").Select(f => f.Text));
        Assert.DoesNotContain(found, f => f.Type == "person");
    }

    [Fact]
    public async Task BothNamesOfAHyphenatedPairResolve()
    {
        const string text = "Mirela Oduya met John Fendler. The Oduya-Fendler talks were pivotal.";

        var persons = await ExtractorHost.PersonsAsync(text);

        Assert.Equal(["Mirela Oduya", "John Fendler", "Mirela Oduya", "John Fendler"], persons.Select(p => p["canonical"]));
    }

    [Fact]
    public async Task TheArticleBeforeAnUnknownRunMakesItNoPerson()
    {
        Assert.Empty(await ExtractorHost.PersonsAsync("Since the Great Thaw ended, the new Coastal Republic governed the isles."));
    }

    [Fact]
    public async Task TheAuthorInTheMetadataResolvesASurname()
    {
        var result = await ExtractorHost.RunAsync(
            ExtractorHost.Chain("entities"),
            "The harbour grew busier, Wrenfield noted in a column last year.",
            new Dictionary<string, string> { ["author"] = "Robin Wrenfield" });

        var person = Assert.Single(Found.Of(result, "person"));
        Assert.Equal("Robin Wrenfield", person["canonical"]);
    }

    [Fact]
    public async Task AFieldLabelAtALineStartIsNoName()
    {
        Assert.Empty(await ExtractorHost.EntitiesAsync("Story Code: 100200\n\nNews Link : https://example.org/a\n"));
    }

    [Fact]
    public async Task OffsetsPointAtTheNameWithoutItsPossessive()
    {
        const string text = "Then Chile’s envoy met Dariusz Kelmont’s deputy.";

        var found = await ExtractorHost.EntitiesAsync(text);

        Assert.Equal(["Chile", "Dariusz Kelmont"], found.Select(f => text[f.Start..f.End]));
    }
}
