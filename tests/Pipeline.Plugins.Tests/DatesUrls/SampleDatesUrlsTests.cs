using Xunit;

namespace Pipeline.Plugins.Tests.DatesUrls;

/// <summary><c>dates-urls</c> on the real scraped article of shared/samples, read at test time.</summary>
public sealed class SampleDatesUrlsTests
{
    private static string Sample => File.ReadAllText(Path.Combine(RepoRoot.Samples, "000_2513f709a0890ad6.txt"));

    [Fact]
    public async Task TheTimestampLineIsADateWithItsTime()
    {
        var text = Sample;

        var dates = DateUrlHost.Show(text, await DateUrlHost.FindAsync(text, "date"));

        Assert.Equal("3 Mar 2018 - 10:47=2018-03-03T10:47", dates[0]);
    }

    [Fact]
    public async Task MonthsAndDaysWithoutAYearLeaveItOut()
    {
        var text = Sample;

        var dates = DateUrlHost.Show(text, await DateUrlHost.FindAsync(text, "date"));

        Assert.Equal(3, dates.Count(d => d == "January=--01"));
        Assert.Contains("February 26th=--02-26", dates);
        Assert.Contains("November=--11", dates);
        Assert.Contains("October=--10", dates);
    }

    [Fact]
    public async Task ThePublicationDateGivesThemTheNearestYear()
    {
        var text = Sample;

        var dates = await DateUrlHost.FindAsync(text, "date", published: "2018-03-03T10:47:00Z");
        var shown = DateUrlHost.Show(text, dates);

        Assert.Equal(3, shown.Count(d => d == "January=2018-01"));
        Assert.Contains("February 26th=2018-02-26", shown);
        Assert.Contains("November=2017-11", shown);
        Assert.Contains("October=2017-10", shown);
        Assert.Contains("mid-nineties=199", shown);
        Assert.All(dates.Where(d => text[d.Start..d.End] is "January" or "February 26th"), d => Assert.Equal("published", d.Attributes["resolved"]));
    }

    [Fact]
    public async Task YearsInContextAreDatesAndOtherNumbersAreNot()
    {
        var text = Sample;

        var dates = DateUrlHost.Show(text, await DateUrlHost.FindAsync(text, "date"));

        Assert.Contains("1979=1979", dates);
        Assert.Contains("1991=1991", dates);
        Assert.Contains("1988=1988", dates);
        Assert.Equal(4, dates.Count(d => d == "2015=2015"));
        Assert.Contains("2017=2017", dates);
        Assert.Contains("nineteen-seventies=197", dates);
        Assert.DoesNotContain(dates, d => d.Contains("296072", StringComparison.Ordinal) || d.Contains("300", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheFooterLinksAndTheBiosDomainAreUrls()
    {
        var text = Sample;

        var urls = DateUrlHost.Show(text, await DateUrlHost.FindAsync(text, "url"));

        Assert.Equal(
            [
                "newyorker.com=http://newyorker.com/",
                $"{NewsLink(text)}={NewsLink(text)}",
                "https://www.theiranproject.com=https://www.theiranproject.com/",
            ],
            urls);
    }

    /// <summary>The footer's link: the line after "News Link :", read from the sample rather than copied.</summary>
    private static string NewsLink(string text)
    {
        var lines = text.Split('\n');
        return lines[Array.FindIndex(lines, l => l.StartsWith("News Link", StringComparison.Ordinal)) + 1].Trim();
    }

    [Fact]
    public async Task NothingElseInTheArticleIsTakenForAUrl()
    {
        var text = Sample;

        var urls = await DateUrlHost.FindAsync(text, "url");

        Assert.Equal(3, urls.Count);
        Assert.Contains("U.S.", text, StringComparison.Ordinal);
        Assert.Contains("J.C.P.O.A.", text, StringComparison.Ordinal);
    }
}
