using Xunit;

namespace Pipeline.Plugins.Tests.DatesUrls;

public sealed class DateTests
{
    [Theory]
    [InlineData("The council met on 3 Mar 2018 to vote.", "3 Mar 2018=2018-03-03")]
    [InlineData("The council met on 3 March, 2018 to vote.", "3 March, 2018=2018-03-03")]
    [InlineData("The council met on the 3rd of March 2018 to vote.", "3rd of March 2018=2018-03-03")]
    [InlineData("The council met on March 3, 2018 to vote.", "March 3, 2018=2018-03-03")]
    [InlineData("The council met on Sept. 21 2019 to vote.", "Sept. 21 2019=2019-09-21")]
    [InlineData("The council met on 2018-03-03 to vote.", "2018-03-03=2018-03-03")]
    [InlineData("The council met on 2018/03/03 to vote.", "2018/03/03=2018-03-03")]
    [InlineData("Logged at 2021-11-30T08:15 by the clerk.", "2021-11-30T08:15=2021-11-30T08:15")]
    [InlineData("Prices rose in June 2020 and fell after.", "June 2020=2020-06")]
    [InlineData("Prices rose in January of 2015 and fell after.", "January of 2015=2015-01")]
    [InlineData("Leap day fell on February 29, 2020 that year.", "February 29, 2020=2020-02-29")]
    [InlineData("The vote was held on March\n   3, 2018 after a recount.", "March\n   3, 2018=2018-03-03")]
    [InlineData("Sales fell in Jan., 2015 and rose after.", "Jan., 2015=2015-01")]
    public async Task ExplicitDatesGetAnIsoValueAsPreciseAsTheText(string text, string expected)
    {
        var dates = await DateUrlHost.FindAsync(text, "date");

        Assert.Equal([expected], DateUrlHost.Show(text, dates));
    }

    [Theory]
    [InlineData("Filed 3 Mar 2018 - 10:47 by staff.", "3 Mar 2018 - 10:47=2018-03-03T10:47")]
    [InlineData("Filed June 5, 2020 at 9:30 pm by staff.", "June 5, 2020 at 9:30 pm=2020-06-05T21:30")]
    [InlineData("Filed 12 May 2019, 12:05 a.m. by staff.", "12 May 2019, 12:05 a.m.=2019-05-12T00:05")]
    public async Task ATimeRightAfterAFullDateJoinsIt(string text, string expected)
    {
        var dates = await DateUrlHost.FindAsync(text, "date");

        Assert.Equal([expected], DateUrlHost.Show(text, dates));
    }

    [Theory]
    [InlineData("The vote on February 26th was close.", "February 26th=--02-26")]
    [InlineData("The vote on 26 February was close.", "26 February=--02-26")]
    [InlineData("In November, the mayor resigned.", "November=--11")]
    [InlineData("Nothing happened until mid-January at the earliest.", "January=--01")]
    [InlineData("In March 32 people left the island.", "March=--03")]
    public async Task WithoutAPublicationDateTheYearIsLeftOut(string text, string expected)
    {
        var dates = await DateUrlHost.FindAsync(text, "date");

        Assert.Equal([expected], DateUrlHost.Show(text, dates));
    }

    [Theory]
    [InlineData("The vote on February 26th was close.", "2018-03-03", "2018-02-26")]
    [InlineData("In November, the mayor resigned.", "2018-03-03", "2017-11")]
    [InlineData("In May, the mayor resigned.", "2018-03-03", "2018-05")]
    [InlineData("The ferry resumes on December 2nd.", "2019-11-20", "2019-12-02")]
    [InlineData("The ferry stopped on December 28th.", "2020-01-04", "2019-12-28")]
    [InlineData("The fair returns next March with more stalls.", "2018-03-10", "2019-03")]
    [InlineData("The fair closed last March after a fire.", "2018-03-10", "2017-03")]
    public async Task ThePublicationDateGivesTheNearestYear(string text, string published, string value)
    {
        var date = Assert.Single(await DateUrlHost.FindAsync(text, "date", published: published));

        Assert.Equal(value, date.Attributes["value"]);
        Assert.Equal("published", date.Attributes["resolved"]);
    }

    [Theory]
    [InlineData("The bridge opened in 2015 after delays.", "2015")]
    [InlineData("Nobody has lived there since 1988.", "1988")]
    [InlineData("After its 1979 revolution the country changed.", "1979")]
    [InlineData("The 2016 election surprised pollsters.", "2016")]
    [InlineData("The mill (1872) still stands.", "1872")]
    [InlineData("Output doubled by mid-2019 at the plant.", "2019")]
    [InlineData("Harbour fees rose between 2010 and 2014 by a third.", "2010", "2014")]
    public async Task YearsInContextAreDates(string text, params string[] values)
    {
        var dates = await DateUrlHost.FindAsync(text, "date");

        Assert.Equal(values, dates.Select(d => d.Attributes["value"]));
    }

    [Theory]
    [InlineData("In 2000 cases the court agreed.")]
    [InlineData("The hall seats 1500 people on most nights.")]
    [InlineData("Tickets cost $2015 for the season.")]
    [InlineData("Call extension 2015 for the desk.")]
    [InlineData("The ratio was 1,2015 in the table.")]
    [InlineData("Growth reached 2015% in a decade.")]
    [InlineData("Prices may rise in spring, and May was quiet.")]
    [InlineData("Troops march 3 miles a day.")]
    [InlineData("Troops march 3 miles on may 5, 2019 at dawn.")]
    [InlineData("Her aunt is in her forties now.")]
    [InlineData("No 31 February 2019 ever happened, nor February 29, 2019.")]
    public async Task NumbersAndWordsThatOnlyLookLikeDatesAreNot(string text)
    {
        Assert.Empty(await DateUrlHost.FindAsync(text, "date"));
    }

    [Theory]
    [InlineData("Rents soared in the 1990s in the city.", "1990s", "199", null)]
    [InlineData("Rents soared in the '90s in the city.", "'90s", "199", null)]
    [InlineData("Rents soared in the mid-nineties in the city.", "mid-nineties", "199", "mid")]
    [InlineData("Rents soared in the nineteen-seventies in the city.", "nineteen-seventies", "197", null)]
    [InlineData("Rents soared in the late 1880s in the city.", "late 1880s", "188", "late")]
    [InlineData("Rents soared in the early-'90s in the city.", "early-'90s", "199", "early")]
    [InlineData("Rents soared in the mid-nineteen-nineties in the city.", "mid-nineteen-nineties", "199", "mid")]
    public async Task DecadesAreDates(string text, string span, string value, string? mod)
    {
        var date = Assert.Single(await DateUrlHost.FindAsync(text, "date"));

        Assert.Equal(span, text[date.Start..date.End]);
        Assert.Equal(value, date.Attributes["value"]);
        Assert.Equal(mod, date.Attributes.GetValueOrDefault("mod"));
    }

    [Theory]
    [InlineData("Rents soared in the 1990s in the city.", null, "value=199")]
    [InlineData("Rents soared in the mid-1990s in the city.", null, "value=199 mod=mid")]
    [InlineData("Rents soared in the late twenties in the city.", "2031-05-01", "value=202 resolved=published mod=late")]
    [InlineData("The vote on February 26th was close.", "2019-03-01", "value=2019-02-26 resolved=published")]
    public async Task ADateHasOnlyTheAttributesThatApplyInAFixedOrder(string text, string? published, string expected)
    {
        var date = Assert.Single(await DateUrlHost.FindAsync(text, "date", published: published));

        Assert.Equal(expected, string.Join(' ', date.Attributes.Select(pair => $"{pair.Key}={pair.Value}")));
        Assert.Equal(expected.Split(' ').Length, date.Attributes.Count);
        foreach (var key in new[] { "resolved", "mod" })
        {
            Assert.Equal(expected.Contains(key + "=", StringComparison.Ordinal), date.Attributes.TryGetValue(key, out _));
        }
    }

    [Fact]
    public async Task ADecadeWithoutItsCenturyTakesItFromThePublicationDate()
    {
        const string text = "Rents soared in the twenties in the city.";

        var assumed = Assert.Single(await DateUrlHost.FindAsync(text, "date"));
        var published = Assert.Single(await DateUrlHost.FindAsync(text, "date", published: "2031-05-01"));

        Assert.Equal(("192", "assumed"), (assumed.Attributes["value"], assumed.Attributes["resolved"]));
        Assert.Equal(("202", "published"), (published.Attributes["value"], published.Attributes["resolved"]));
    }

    [Fact]
    public async Task DatesCanBeSwitchedOff()
    {
        var all = await DateUrlHost.AllAsync("The fair opened on 3 May 2018 at example.com today.", new { dates = false });

        Assert.Equal(["url"], all.Select(a => a.Type));
    }

    [Fact]
    public async Task AnotherMetadataKeyCanHoldThePublicationDate()
    {
        var date = Assert.Single(await DateUrlHost.FindAsync("In May, the mayor resigned.", "date", new { publishedKey = "published" }, "2018-03-03"));
        var none = Assert.Single(await DateUrlHost.FindAsync("In May, the mayor resigned.", "date", new { publishedKey = "date" }, "2018-03-03"));

        Assert.Equal("2018-05", date.Attributes["value"]);
        Assert.Equal("--05", none.Attributes["value"]);
    }
}
