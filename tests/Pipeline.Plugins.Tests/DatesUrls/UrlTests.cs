using Xunit;

namespace Pipeline.Plugins.Tests.DatesUrls;

public sealed class UrlTests
{
    [Theory]
    [InlineData("Read https://example.org/path?q=1&r=2#top.", "https://example.org/path?q=1&r=2#top=https://example.org/path?q=1&r=2#top")]
    [InlineData("Read (see www.example.com/docs) first.", "www.example.com/docs=http://www.example.com/docs")]
    [InlineData("Read https://en.wikipedia.org/wiki/Tide_(disambiguation), then sleep.", "https://en.wikipedia.org/wiki/Tide_(disambiguation)=https://en.wikipedia.org/wiki/Tide_(disambiguation)")]
    [InlineData("Read HTTPS://Example.COM/Path now.", "HTTPS://Example.COM/Path=https://example.com/Path")]
    [InlineData("Read “http://example.net” twice.", "http://example.net=http://example.net/")]
    [InlineData("She writes for harbourgazette.co.uk, mostly.", "harbourgazette.co.uk=http://harbourgazette.co.uk/")]
    [InlineData("She writes for Harbour-Gazette.com/opinion each week.", "Harbour-Gazette.com/opinion=http://harbour-gazette.com/opinion")]
    [InlineData("Mirror at http://192.168.1.20:8080/files here.", "http://192.168.1.20:8080/files=http://192.168.1.20:8080/files")]
    [InlineData("Visit harbour.com.The shop opens at nine.", "harbour.com=http://harbour.com/")]
    [InlineData("Visit harbour.com:8080/tides?day=1; it helps.", "harbour.com:8080/tides?day=1=http://harbour.com:8080/tides?day=1")]
    public async Task UrlsAreAnnotatedWithoutTheSentencesPunctuationAndNormalised(string text, string expected)
    {
        var urls = await DateUrlHost.FindAsync(text, "url");

        Assert.Equal([expected], DateUrlHost.Show(text, urls));
    }

    [Theory]
    [InlineData("Officials in the U.S. and the U.K. agreed.")]
    [InlineData("Bring tools, e.g. a hammer.")]
    [InlineData("The deal held.It was signed later.")]
    [InlineData("Version 2.0 of the app shipped.")]
    [InlineData("The team ported it to ASP.NET last year.")]
    [InlineData("Send the file report.pdf to the desk.")]
    [InlineData("Mail robin@example.com for a copy.")]
    [InlineData("The price was 3.5 per cent.")]
    public async Task AbbreviationsFileNamesAndAddressesAreNotUrls(string text)
    {
        Assert.Empty(await DateUrlHost.FindAsync(text, "url"));
    }

    [Fact]
    public async Task ABareDomainAfterAbbreviationsInCapitalsIsStillAUrl()
    {
        const string text = "Officials in the U.S. and the U.K. read harbourgazette.co.uk daily.";

        var urls = await DateUrlHost.FindAsync(text, "url");

        Assert.Equal(["harbourgazette.co.uk=http://harbourgazette.co.uk/"], DateUrlHost.Show(text, urls));
    }

    [Fact]
    public async Task ADateInsideAUrlIsPartOfTheUrlOnly()
    {
        const string text = "Story at https://example.com/2018/03/03/story and https://example.com/news/2018-03-03 today.";

        var all = await DateUrlHost.AllAsync(text);

        Assert.Equal(["url", "url"], all.Select(a => a.Type));
    }

    [Fact]
    public async Task BareDomainsCanBeSwitchedOff()
    {
        const string text = "See newyorker.com or https://example.org for more.";

        var urls = await DateUrlHost.FindAsync(text, "url", new { bareDomains = false });

        Assert.Equal(["https://example.org=https://example.org/"], DateUrlHost.Show(text, urls));
    }

    [Fact]
    public async Task UrlsCanBeSwitchedOff()
    {
        var all = await DateUrlHost.AllAsync("See newyorker.com from 3 May 2018 on.", new { urls = false });

        Assert.Equal(["date"], all.Select(a => a.Type));
    }
}
