using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Pipeline.Plugins.DocxConverter.Reading;

/// <summary>
/// What a paragraph's style says about it: whether it is a heading, and of which level, and which list it
/// belongs to. A style inherits from the style it is based on.
/// </summary>
internal sealed partial class StyleMap
{
    // Word's built-in heading styles keep the English names "heading 1".."heading 9" (and ids Heading1..) in
    // every language version; a file without a styles part still names them by id.
    private const int BodyTextOutlineLevel = 9;
    private const int MaxChain = 32;

    private readonly Dictionary<string, Style> _styles;
    private readonly string? _defaultParagraphStyle;

    private StyleMap(Dictionary<string, Style> styles, string? defaultParagraphStyle)
    {
        _styles = styles;
        _defaultParagraphStyle = defaultParagraphStyle;
    }

    public static StyleMap Read(Styles? styles)
    {
        var byId = new Dictionary<string, Style>(StringComparer.Ordinal);
        string? defaultStyle = null;
        foreach (var style in styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is not { } id || (style.Type is not null && style.Type.Value != StyleValues.Paragraph))
            {
                continue;
            }

            byId.TryAdd(id, style);
            if (style.Default?.Value == true)
            {
                defaultStyle ??= id;
            }
        }

        return new StyleMap(byId, defaultStyle);
    }

    /// <summary>The paragraph's heading level, 1 to 9, or null for a paragraph that is no heading.</summary>
    public int? HeadingLevel(Paragraph paragraph)
    {
        if (paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value is int direct)
        {
            return Level(direct);
        }

        foreach (var (id, style) in Chain(paragraph))
        {
            if (style?.StyleParagraphProperties?.OutlineLevel?.Val?.Value is int outline)
            {
                return Level(outline);
            }

            if ((NamedLevel(id) ?? NamedLevel(style?.StyleName?.Val?.Value)) is int named)
            {
                return named;
            }
        }

        return null;
    }

    /// <summary>The list a paragraph is an item of (numbering instance and level), from its own properties or its style's; null when it is none.</summary>
    public (int NumberingId, int Level)? Numbering(Paragraph paragraph)
    {
        var own = paragraph.ParagraphProperties?.NumberingProperties;
        var level = own?.NumberingLevelReference?.Val?.Value;
        var id = own?.NumberingId?.Val?.Value;
        if (id is null)
        {
            foreach (var (_, style) in Chain(paragraph))
            {
                var inherited = style?.StyleParagraphProperties?.NumberingProperties;
                if (inherited?.NumberingId?.Val?.Value is int styleId)
                {
                    id = styleId;
                    level ??= inherited.NumberingLevelReference?.Val?.Value;
                    break;
                }
            }
        }

        return id is null or 0 ? null : (id.Value, Math.Clamp(level ?? 0, 0, ListNumbering.Levels - 1));
    }

    private static int? Level(int outline) => outline is >= 0 and < BodyTextOutlineLevel ? outline + 1 : null;

    private static int? NamedLevel(string? name)
    {
        if (name is null)
        {
            return null;
        }

        if (name.Equals("Title", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        var match = HeadingName().Match(name);
        return match.Success ? match.Groups[1].ValueSpan[0] - '0' : null;
    }

    /// <summary>The paragraph's style and those it is based on, nearest first; a style id without a definition comes once, with a null style.</summary>
    private IEnumerable<(string Id, Style? Style)> Chain(Paragraph paragraph)
    {
        var id = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? _defaultParagraphStyle;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (id is not null && seen.Count < MaxChain && seen.Add(id))
        {
            var style = _styles.GetValueOrDefault(id);
            yield return (id, style);
            id = style?.BasedOn?.Val?.Value;
        }
    }

    [GeneratedRegex(@"^heading\s*([1-9])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingName();
}
