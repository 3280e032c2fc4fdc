using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Pipeline.Plugins.HtmlConverter;

/// <summary>Options of the <c>html</c> converter.</summary>
/// <remarks>
/// Defaults: <see cref="MainText"/> = <c>true</c>, <see cref="Metadata"/> = <c>true</c>, <see cref="Overwrite"/> = <c>false</c>,
/// <see cref="MaxDepth"/> = 400, <see cref="MaxElements"/> = 200,000, <see cref="MaxLength"/> = 16,000,000.
/// </remarks>
public sealed class HtmlOptions
{
    /// <summary>Keep only the article's text; when false, every visible text of the page is kept. Default <c>true</c>.</summary>
    [Description("Keep only the main article text (navigation, ads, related links, comments, captions and share widgets left out); when false, keep all visible text. Default true.")]
    public bool MainText { get; init; } = true;

    /// <summary>Read title, published, author, site_name, source_url, language and description from the page. Default <c>true</c>.</summary>
    [Description("Set metadata from the page: title, published, author, site_name, source_url, language, description (JSON-LD, OpenGraph and meta tags, <title>, canonical link, <html lang>, the URL and the byline). Default true.")]
    public bool Metadata { get; init; } = true;

    /// <summary>Replace metadata keys the caller or an earlier step already set. Default <c>false</c>.</summary>
    [Description("Replace metadata keys that the caller or an earlier step already set. Default false.")]
    public bool Overwrite { get; init; }

    /// <summary>The deepest element nesting accepted; deeper pages are refused. Default 400.</summary>
    [Description("The deepest nesting of elements accepted; a deeper page is refused as malformed or hostile. Default 400.")]
    [Range(16, 10_000)]
    public int MaxDepth { get; init; } = 400;

    /// <summary>The most elements a page may have. Default 200,000.</summary>
    [Description("The most elements a page may have; a larger one is refused. Default 200000.")]
    [Range(100, 10_000_000)]
    public int MaxElements { get; init; } = 200_000;

    /// <summary>The longest source accepted, in UTF-16 code units. Default 16,000,000.</summary>
    [Description("The longest HTML source accepted, in characters; a longer one is refused. Default 16000000.")]
    [Range(1_000, 1_000_000_000)]
    public int MaxLength { get; init; } = 16_000_000;
}
