using System.Text.RegularExpressions;

namespace Pipeline.Plugins.ScrapeLayoutCleaner;

/// <summary>The options turned into what the rules use, once per chain step; immutable, so one serves every document.</summary>
internal sealed class LayoutRules
{
    /// <summary>Bounds each match, so a hostile line cannot hold a step's thread.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    /// <summary>Lines longer than this are prose: they are never an ignored line, a footer line or a site name.</summary>
    public const int MaxShortLineLength = 4096;

    // Ignored lines are a few words; testing longer ones only costs time.
    private const int MaxIgnoredLineLength = 256;

    public LayoutRules(ScrapeLayoutOptions options)
    {
        Options = options;
        Timestamps = new Timestamps(options.TimestampFormats);
        FooterLabels = new FooterLabels(options.FooterLabels);
        Attribution = Build(options.AttributionPattern, "attributionPattern");
        Bio = Build(options.BioPattern, "bioPattern");
        Ignored = Build(options.IgnoredLinePattern, "ignoredLinePattern", RegexOptions.Compiled);
        BioNamesAuthor = Bio?.GetGroupNames().Contains("author", StringComparer.Ordinal) == true;
    }

    public ScrapeLayoutOptions Options { get; }

    public Timestamps Timestamps { get; }

    public FooterLabels FooterLabels { get; }

    public Regex? Attribution { get; }

    public Regex? Bio { get; }

    public bool BioNamesAuthor { get; }

    public Regex? Ignored { get; }

    /// <summary>Whether the line is blank, or one the rules look past (a QR-code artifact) and leave in place.</summary>
    public bool IsSkipped(string text, Line line)
    {
        var content = line.Content(text);
        return content.IsEmpty || (Ignored is not null && content.Length <= MaxIgnoredLineLength && Ignored.IsMatch(content));
    }

    /// <summary>The first line at or after <paramref name="from"/> (a line start) that is not skipped.</summary>
    /// <remarks>Blank lines are passed in one scan for the next character that is not blank, however many there are.</remarks>
    public Line? NextContent(string text, int from)
    {
        for (var position = from; position < text.Length;)
        {
            var found = Blank.IndexOfNonBlank(text.AsSpan(position));
            if (found < 0)
            {
                return null;
            }

            var line = Line.Containing(text, position + found);
            if (!IsSkipped(text, line))
            {
                return line;
            }

            position = line.Next;
        }

        return null;
    }

    /// <summary>The last line ending at or before <paramref name="to"/> (a line start) and starting at or after <paramref name="floor"/> (a line start) that is not skipped.</summary>
    public Line? PreviousContent(string text, int to, int floor)
    {
        for (var position = to; position > floor;)
        {
            var found = Blank.LastIndexOfNonBlank(text.AsSpan(floor, position - floor));
            if (found < 0)
            {
                return null;
            }

            var line = Line.Containing(text, floor + found);
            if (!IsSkipped(text, line))
            {
                return line;
            }

            position = line.Start;
        }

        return null;
    }

    private static Regex? Build(string? pattern, string option, RegexOptions extra = RegexOptions.None)
    {
        if (pattern is null)
        {
            throw new ArgumentException($"{option} must be a string; give an empty one to switch the pattern off");
        }

        try
        {
            return pattern.Length == 0 ? null : new Regex(pattern, RegexOptions.CultureInvariant | extra, MatchTimeout);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"{option} is not a valid regular expression: {e.Message}", e);
        }
    }
}
