using Pipeline.Abstractions;

namespace Pipeline.Plugins.ScrapeLayoutCleaner;

/// <summary>The <c>scrape-layout</c> cleaner: removes a scraped article's header, attribution, author bio and site footer, and keeps what they say as metadata.</summary>
public sealed class ScrapeLayoutPlugin : Plugin<ScrapeLayoutOptions>
{
    /// <inheritdoc />
    public override string Name => "scrape-layout";

    /// <inheritdoc />
    public override PluginKind Kind => PluginKind.Cleaner;

    /// <inheritdoc />
    public override string Description =>
        "Removes a scraped article's title and timestamp lines, the \"Outlet | Author: \" prefix, the author's bio sign-off and the site footer (Story Code, News Link, site name and URL), and sets them as metadata.";

    /// <inheritdoc />
    protected override IStep CreateStep(ScrapeLayoutOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ScrapeLayoutStep(new LayoutRules(options));
    }
}
