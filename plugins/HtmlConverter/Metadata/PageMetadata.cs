using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Pipeline.Plugins.HtmlConverter.Metadata;

/// <summary>
/// The page's metadata under the news chain's keys, each from the most reliable place that has it: JSON-LD
/// first, then OpenGraph and other meta tags, then the page itself (&lt;title&gt;, the canonical link,
/// &lt;html lang&gt;, the URL's date, the visible byline).
/// </summary>
internal static partial class PageMetadata
{
    public static Dictionary<string, string> Read(IDocument document, JsonLdArticle? article, string? knownUrl)
    {
        var meta = MetaTags(document);
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        var url = First(Link(document, "canonical"), meta.GetValueOrDefault("og:url"), Absolute(article?.Url));
        var siteName = First(meta.GetValueOrDefault("og:site_name"), article?.Publisher, meta.GetValueOrDefault("application-name"));
        Set(found, "title", WithoutSiteName(First(article?.Headline, meta.GetValueOrDefault("og:title"), meta.GetValueOrDefault("twitter:title"), document.Title), siteName));
        Set(found, "published", First(
            Dates.Normalise(article?.DatePublished),
            Dates.Normalise(First(meta.GetValueOrDefault("article:published_time"), meta.GetValueOrDefault("og:published_time"), meta.GetValueOrDefault("datepublished"),
                meta.GetValueOrDefault("pubdate"), meta.GetValueOrDefault("publishdate"), meta.GetValueOrDefault("publish-date"), meta.GetValueOrDefault("parsely-pub-date"),
                meta.GetValueOrDefault("sailthru.date"), meta.GetValueOrDefault("dc.date.issued"), meta.GetValueOrDefault("dc.date"), meta.GetValueOrDefault("date"))),
            Dates.Normalise(document.QuerySelector("[itemprop='datePublished']") is { } item ? item.GetAttribute("content") ?? item.GetAttribute("datetime") : null),
            Dates.FromUrl(url ?? knownUrl),
            Dates.Normalise(document.QuerySelector("article time[datetime], time[pubdate], time[datetime]")?.GetAttribute("datetime"))));
        Set(found, "author", First(article?.Author, NotUrl(meta.GetValueOrDefault("author")), NotUrl(meta.GetValueOrDefault("article:author")),
            meta.GetValueOrDefault("parsely-author"), meta.GetValueOrDefault("sailthru.author"), meta.GetValueOrDefault("dc.creator"), Byline(document)));
        Set(found, "site_name", siteName);
        Set(found, "source_url", url);
        Set(found, "language", Locale(First(document.DocumentElement?.GetAttribute("lang"), meta.GetValueOrDefault("content-language"), meta.GetValueOrDefault("og:locale"), article?.Language)));
        Set(found, "description", First(meta.GetValueOrDefault("og:description"), meta.GetValueOrDefault("description"), meta.GetValueOrDefault("twitter:description"), article?.Description));
        return found;
    }

    /// <summary>Every &lt;meta&gt; by its lower-cased name, property or http-equiv; the first of a name wins.</summary>
    private static Dictionary<string, string> MetaTags(IDocument document)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var meta in document.QuerySelectorAll("meta[content]"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
            var content = meta.GetAttribute("content");
            if (!string.IsNullOrWhiteSpace(key) && !string.IsNullOrWhiteSpace(content))
            {
                tags.TryAdd(key.Trim().ToLowerInvariant(), content.Trim());
            }
        }

        return tags;
    }

    private static string? Link(IDocument document, string rel) =>
        document.QuerySelector($"link[rel='{rel}' i][href]")?.GetAttribute("href") is { } href && Absolute(href) is { } url ? url : null;

    private static string? Absolute(string? url) =>
        url is not null && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.ToString() : null;

    /// <summary>"Headline | Site" less " | Site", when the site's name is known.</summary>
    private static string? WithoutSiteName(string? title, string? siteName)
    {
        if (title is null || string.IsNullOrEmpty(siteName) || !title.EndsWith(siteName, StringComparison.OrdinalIgnoreCase))
        {
            return title;
        }

        var rest = title[..^siteName.Length].TrimEnd();
        return rest.Length > 0 && rest[^1] is '|' or '-' or '–' or '—' or ':' or '·' ? rest[..^1].TrimEnd() : title;
    }

    private static string? NotUrl(string? value) => value is null || value.Contains("://", StringComparison.Ordinal) ? null : value;

    private static string? Locale(string? locale) => string.IsNullOrWhiteSpace(locale) ? null : locale.Trim().Replace('_', '-');

    /// <summary>The visible byline: a short element marked as the author, without its "By".</summary>
    private static string? Byline(IDocument document)
    {
        var element = document.QuerySelector("[rel='author'], [itemprop='author'], [class*='byline' i], [class*='author' i]");
        var text = element?.TextContent is { } content ? Space().Replace(content, " ").Trim() : null;
        if (string.IsNullOrEmpty(text) || text.Length > 100)
        {
            return null;
        }

        text = ByPrefix().Replace(text, string.Empty).Trim();
        return text.Length is > 2 and <= 80 ? text : null;
    }

    private static string? First(params string?[] values)
    {
        foreach (var value in values)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return Space().Replace(value, " ").Trim();
            }
        }

        return null;
    }

    private static void Set(Dictionary<string, string> found, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            found[key] = value;
        }
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Space();

    [GeneratedRegex(@"^(?:by|von|par|por|di|door)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByPrefix();
}
