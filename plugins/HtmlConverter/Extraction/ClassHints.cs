using System.Text.RegularExpressions;

namespace Pipeline.Plugins.HtmlConverter.Extraction;

/// <summary>
/// What the words in an element's class and id say about it, as readability and trafilatura read them:
/// "comment", "share", "related" mark furniture; "article", "body", "content" mark the text.
/// </summary>
internal static partial class ClassHints
{
    /// <summary>+25 for a positive hint, -25 for a negative one, both counted.</summary>
    public static int Weight(string? classAndId)
    {
        if (string.IsNullOrEmpty(classAndId))
        {
            return 0;
        }

        var weight = 0;
        if (Negative().IsMatch(classAndId))
        {
            weight -= 25;
        }

        if (Positive().IsMatch(classAndId))
        {
            weight += 25;
        }

        return weight;
    }

    /// <summary>True for class and id words that mark a part no article has, whatever else they say.</summary>
    public static bool IsFurniture(string? classAndId) =>
        !string.IsNullOrEmpty(classAndId) && Furniture().IsMatch(classAndId) && !MaybeContent().IsMatch(classAndId);

    [GeneratedRegex(@"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|byline|author|dateline|caption|credit|newsletter|subscri|social|recommend|breadcrumb|nav|menu", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negative();

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Positive();

    [GeneratedRegex(@"-ad-|\bads?\b|advert|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|share|newsletter|subscribe|signup|sign-up|promo|recirc|outbrain|taboola|caption|byline|author-bio|\bbio\b|tags|toolbar|most-popular|trending|read-more|readmore|more-stories|related|newsletter|cookie|consent|modal|overlay", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Furniture();

    [GeneratedRegex(@"and|article|body|column|content|main|shadow|story|entry|post-body|text", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MaybeContent();
}
