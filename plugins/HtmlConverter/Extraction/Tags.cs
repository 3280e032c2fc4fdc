using System.Collections.Frozen;

namespace Pipeline.Plugins.HtmlConverter.Extraction;

/// <summary>What HTML elements are to a reader: blocks that start a paragraph, and parts of a page that are never its article.</summary>
internal static class Tags
{
    /// <summary>Elements that start and end a paragraph of text.</summary>
    public static readonly FrozenSet<string> Blocks = FrozenSet.ToFrozenSet(
    [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "html", "legend", "li", "listing", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
        "td", "tfoot", "th", "thead", "tr", "ul", "option", "noscript", "iframe",
    ], StringComparer.Ordinal);

    /// <summary>Elements whose content is never article text: code, media, controls, navigation, asides, captions.</summary>
    public static readonly FrozenSet<string> NeverText = FrozenSet.ToFrozenSet(
    [
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed", "button", "select",
        "input", "textarea", "nav", "aside", "footer", "figure", "figcaption", "picture", "video", "audio", "map", "dialog",
        "head", "menu", "label", "title", "link", "meta", "img", "source", "track", "frameset", "frame", "applet",
    ], StringComparer.Ordinal);

    public static readonly FrozenSet<string> Headings = FrozenSet.ToFrozenSet(["h1", "h2", "h3", "h4", "h5", "h6"], StringComparer.Ordinal);

    /// <summary>ARIA roles of page furniture.</summary>
    public static readonly FrozenSet<string> FurnitureRoles = FrozenSet.ToFrozenSet(
        ["navigation", "complementary", "contentinfo", "banner", "dialog", "alertdialog", "menu", "menubar", "search", "toolbar", "tablist", "alert"],
        StringComparer.OrdinalIgnoreCase);
}
