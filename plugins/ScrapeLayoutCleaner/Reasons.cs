namespace Pipeline.Plugins.ScrapeLayoutCleaner;

/// <summary>Edit reasons, as traces show them. Every reason starts with the plugin's name, as the repository's golden tests expect.</summary>
internal static class Reasons
{
    public const string TitleLine = "scrape-layout: title line";

    public const string TimestampLine = "scrape-layout: timestamp line";

    public const string AttributionPrefix = "scrape-layout: attribution prefix";

    public const string AuthorBio = "scrape-layout: author bio";

    public const string SiteName = "scrape-layout: footer: site name";

    public const string SiteUrl = "scrape-layout: footer: site URL";

    /// <summary>"footer: Story Code line" when the value shares the label's line, "footer: News Link" when it takes the next one.</summary>
    public static string FooterLabel(string label, bool valueOnSameLine) =>
        valueOnSameLine ? $"scrape-layout: footer: {label} line" : $"scrape-layout: footer: {label}";
}
