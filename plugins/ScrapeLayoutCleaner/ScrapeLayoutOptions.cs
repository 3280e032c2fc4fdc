using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Pipeline.Plugins.ScrapeLayoutCleaner;

/// <summary>Options of the <c>scrape-layout</c> cleaner. Each rule can be switched off, and each pattern replaced for another site's layout.</summary>
/// <remarks>
/// Defaults: <see cref="Header"/>, <see cref="Attribution"/>, <see cref="Bio"/>, <see cref="Footer"/>,
/// <see cref="RemoveText"/>, <see cref="SetMetadata"/> and <see cref="RequireLayout"/> are <c>true</c>;
/// <see cref="Overwrite"/> is <c>false</c>; <see cref="MaxTitleLength"/> = 200, <see cref="MaxBioLength"/> = 400,
/// <see cref="MaxFooterLines"/> = 12, <see cref="MaxSiteNameLength"/> = 80;
/// <see cref="FooterLabels"/> = <c>{"Story Code": "story_code", "News Link": "source_url"}</c>;
/// <see cref="TimestampFormats"/> = <see cref="DefaultTimestampFormats"/>; <see cref="AttributionPattern"/>,
/// <see cref="BioPattern"/> and <see cref="IgnoredLinePattern"/> as their constants below.
/// </remarks>
public sealed class ScrapeLayoutOptions
{
    /// <summary>"Daily Planet | Jane Roe: " at the start of the first paragraph: an outlet (up to six words), a bar, a name, a colon.</summary>
    public const string DefaultAttributionPattern =
        @"^(?<outlet>[\p{Lu}\p{N}][\p{L}\p{M}\p{N}.&'’-]*(?:[\p{Zs}\t]+[\p{L}\p{M}\p{N}.&'’-]+){0,5})[\p{Zs}\t]*\|[\p{Zs}\t]*" +
        @"(?<author>\p{Lu}[\p{L}\p{M}.'’-]*(?:[\p{Zs}\t]+(?:\p{Lu}[\p{L}\p{M}.'’-]*|and|van|von|der|den|de|da|di|du|del|la|le|al|bin|ibn)){0,5})" +
        @"[\p{Zs}\t]*:[\p{Zs}\t]+";

    /// <summary>"Jane Roe is a staff writer for …": a name, "is/was a/an/the", up to six words, then a byline role.</summary>
    public const string DefaultBioPattern =
        @"^(?<author>\p{Lu}[\p{L}\p{M}.'’-]*(?:[\p{Zs}\t]+[\p{L}\p{M}.'’-]+){0,5}?)[\p{Zs}\t]+(?:is|was|has[\p{Zs}\t]+been)[\p{Zs}\t]+(?:a|an|the|our)[\p{Zs}\t]+" +
        @"(?:[\p{L}\p{M}\p{N}.,'’&-]+[\p{Zs}\t]+){0,6}?" +
        @"(?:writer|correspondent|editor|reporter|contributor|columnist|journalist|author|critic|producer|analyst|commentator|photographer|blogger|fellow|professor|researcher)s?\b";

    /// <summary>The scraper's QR-code alt-text lines: looked past, and left for the <c>qr-code</c> cleaner.</summary>
    public const string DefaultIgnoredLinePattern = @"(?i)^(?:QR[\p{Zs}\t]*code[\p{Zs}\t]*)+$";

    /// <summary>The default <see cref="TimestampFormats"/>.</summary>
    public static IReadOnlyList<string> DefaultTimestampFormats { get; } =
    [
        "d MMM yyyy - HH:mm", "d MMMM yyyy - HH:mm", "d MMM yyyy, HH:mm", "d MMM yyyy HH:mm", "d MMM yyyy", "d MMMM yyyy",
        "MMM d, yyyy - HH:mm", "MMM d, yyyy, h:mm tt", "MMMM d, yyyy, h:mm tt", "MMM d, yyyy", "MMMM d, yyyy", "dddd, MMMM d, yyyy", "dddd, d MMMM yyyy",
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd",
    ];

    /// <summary>Recognise the header: a title line of at most <see cref="MaxTitleLength"/> characters followed by a timestamp line, or a timestamp line alone, at the top. Default <c>true</c>.</summary>
    [Description("Recognise the header at the top: a title line followed by a timestamp line (or a timestamp line alone); sets title and published. Default true.")]
    public bool Header { get; init; } = true;

    /// <summary>Recognise the attribution prefix of the first paragraph by <see cref="AttributionPattern"/>. Default <c>true</c>.</summary>
    [Description("Recognise the attribution prefix of the first paragraph (attributionPattern); sets outlet and author. Default true.")]
    public bool Attribution { get; init; } = true;

    /// <summary>Recognise the author's bio sign-off: the short last paragraph, matching <see cref="BioPattern"/>. Default <c>true</c>.</summary>
    [Description("Recognise the author's bio sign-off: the last paragraph (before the footer), at most maxBioLength characters, matching bioPattern. Default true.")]
    public bool Bio { get; init; } = true;

    /// <summary>Recognise the site footer: labelled lines (<see cref="FooterLabels"/>), then the site's name and URL. Default <c>true</c>.</summary>
    [Description("Recognise the site footer at the end: lines labelled as in footerLabels, then optionally the site name and the site URL. Default true.")]
    public bool Footer { get; init; } = true;

    /// <summary>Remove what the rules recognise; when false the step only sets metadata. Default <c>true</c>.</summary>
    [Description("Remove what the rules recognise from the text; when false the step only sets metadata. Default true.")]
    public bool RemoveText { get; init; } = true;

    /// <summary>Hand what the recognised parts say to metadata. Default <c>true</c>.</summary>
    [Description("Set metadata (title, published, outlet, author, site_name, site_url and the footer labels' keys) from what the rules recognise. Default true.")]
    public bool SetMetadata { get; init; } = true;

    /// <summary>Replace metadata keys the caller or an earlier step already set. Default <c>false</c>.</summary>
    [Description("Replace metadata keys that the caller or an earlier step already set. Default false.")]
    public bool Overwrite { get; init; }

    /// <summary>Apply the attribution and bio rules only when the header or the footer was recognised, so a plain article keeps its first and last paragraphs. Default <c>true</c>.</summary>
    [Description("Apply the attribution and bio rules only to documents whose header or footer was recognised. Default true.")]
    public bool RequireLayout { get; init; } = true;

    /// <summary>The longest line, in characters, taken for a title. Default 200.</summary>
    [Description("The longest line (in characters) that can be the title line. Default 200.")]
    [Range(1, 10_000)]
    public int MaxTitleLength { get; init; } = 200;

    /// <summary>.NET custom date formats (invariant culture) a timestamp line may have; <c>published</c> is as precise as the format that matched. Default <see cref="DefaultTimestampFormats"/>.</summary>
    [Description("Custom .NET date and time formats, invariant culture, that a timestamp line may have, tried in order; published keeps the precision of the format that matched (\"d MMM yyyy - HH:mm\" gives 2018-03-03T10:47, \"d MMMM yyyy\" gives 2018-03-03).")]
    public IReadOnlyList<string> TimestampFormats { get; init; } = DefaultTimestampFormats;

    /// <summary>A regular expression matched at the start of the first paragraph, with named groups <c>outlet</c> and <c>author</c>. Default <see cref="DefaultAttributionPattern"/>.</summary>
    [Description("Regular expression matched at the start of the first paragraph; its named groups outlet and author become metadata and the whole match is removed. Default: \"Outlet | Author: \".")]
    public string AttributionPattern { get; init; } = DefaultAttributionPattern;

    /// <summary>A regular expression the whole last paragraph is matched against; a named group <c>author</c> must equal the document's author. Default <see cref="DefaultBioPattern"/>.</summary>
    [Description("Regular expression matched against the last paragraph (white space collapsed); when it has a named group author, that group must equal the document's author (from the attribution or the author metadata). Default: \"<Author> is a/an/the ... writer|correspondent|editor|reporter|...\".")]
    public string BioPattern { get; init; } = DefaultBioPattern;

    /// <summary>The longest paragraph, in characters, taken for a bio. Default 400.</summary>
    [Description("The longest paragraph (in characters) that can be the author's bio. Default 400.")]
    [Range(1, 10_000)]
    public int MaxBioLength { get; init; } = 400;

    /// <summary>Footer labels (matched case-insensitively at a line's start, before a colon) and the metadata key of each one's value, given on the same line or the next.</summary>
    [Description("Footer labels and the metadata key each one's value goes to; a footer line is 'Label: value' or 'Label :' with the value on the next line. Default {\"Story Code\": \"story_code\", \"News Link\": \"source_url\"}.")]
    public IReadOnlyDictionary<string, string> FooterLabels { get; init; } = new Dictionary<string, string>
    {
        ["Story Code"] = "story_code",
        ["News Link"] = "source_url",
    };

    /// <summary>How many non-blank lines at the end of the document the footer may have. Default 12.</summary>
    [Description("The most non-blank lines the footer may have. Default 12.")]
    [Range(1, 100)]
    public int MaxFooterLines { get; init; } = 12;

    /// <summary>The longest line, in characters, taken for the site's name after the labelled footer lines. Default 80.</summary>
    [Description("The longest line (in characters) that can be the site name after the labelled footer lines. Default 80.")]
    [Range(1, 1_000)]
    public int MaxSiteNameLength { get; init; } = 80;

    /// <summary>Lines (trimmed) that are looked past when finding the header and footer and left in place for their own cleaner; empty for none. Default <see cref="DefaultIgnoredLinePattern"/>.</summary>
    [Description("Regular expression for lines (trimmed) that are looked past when finding the header and footer, and left for their own cleaner; empty for none. Default: QR-code alt-text lines.")]
    public string IgnoredLinePattern { get; init; } = DefaultIgnoredLinePattern;
}
