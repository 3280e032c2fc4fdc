namespace Pipeline.Plugins.ScrapeLayoutCleaner;

/// <summary>The metadata keys the rules set; the footer labels' keys come from the options.</summary>
internal static class Keys
{
    public const string Title = "title";

    public const string Published = "published";

    public const string Outlet = "outlet";

    public const string Author = "author";

    public const string SiteName = "site_name";

    public const string SiteUrl = "site_url";
}
