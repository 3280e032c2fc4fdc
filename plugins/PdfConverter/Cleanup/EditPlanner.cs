using Pipeline.Plugins.PdfConverter.Layout;

namespace Pipeline.Plugins.PdfConverter.Cleanup;

/// <summary>
/// Turns the source text into the document's text by edits between lines: what lies between two kept lines
/// becomes one joiner (nothing for a joined hyphenation, a space inside a paragraph, a blank line between
/// paragraphs), and each removed line goes with the separator after it. Kept lines are never edited inside,
/// so every later offset lands on the page text it came from.
/// </summary>
/// <remarks>Edits are made in text order and never overlap: each starts where the kept text before it ends.</remarks>
internal sealed class EditPlanner
{
    public const string LineBreakReason = "pdf: line break in a paragraph";
    public const string HyphenReason = "pdf: hyphen at a line end";
    public const string ContinuationReason = "pdf: paragraph goes on in the next column or page";
    public const string ParagraphReason = "pdf: paragraph break";
    public const string EdgeReason = "pdf: blank lines at the document's start or end";

    private readonly SourceText _source;
    private readonly IReadOnlyDictionary<int, string> _removed;
    private readonly PdfOptions _options;
    private readonly List<TextEdit> _edits = [];

    private EditPlanner(SourceText source, IReadOnlyDictionary<int, string> removed, PdfOptions options)
    {
        _source = source;
        _removed = removed;
        _options = options;
    }

    /// <summary>The edits, in text order, that remove the <paramref name="removed"/> lines and join the rest.</summary>
    public static IReadOnlyList<TextEdit> Plan(SourceText source, IReadOnlyDictionary<int, string> removed, PdfOptions options)
    {
        var planner = new EditPlanner(source, removed, options);
        planner.Walk();
        return planner._edits;
    }

    private void Walk()
    {
        var lines = _source.Lines;
        SourceLine? kept = null;
        var between = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (_removed.ContainsKey(i))
            {
                between.Add(i);
                continue;
            }

            Bridge(kept, lines[i], between);
            kept = lines[i];
            between.Clear();
        }

        Bridge(kept, null, between);
    }

    /// <summary>Edits the stretch from the end of <paramref name="before"/> to the start of <paramref name="after"/> (either may be the document's edge).</summary>
    private void Bridge(SourceLine? before, SourceLine? after, List<int> removed)
    {
        var afterStart = after?.Start ?? _source.Text.Length;
        var gapEnd = removed.Count > 0 ? _source.Lines[removed[0]].Start : afterStart;
        if (before is not null && after is not null)
        {
            var (start, joiner, reason) = Joiner(before, after);
            Add(start, gapEnd, joiner, reason);
        }
        else
        {
            Add(before?.End ?? 0, gapEnd, string.Empty, EdgeReason);
        }

        for (var k = 0; k < removed.Count; k++)
        {
            var end = k + 1 < removed.Count ? _source.Lines[removed[k + 1]].Start : afterStart;
            Add(_source.Lines[removed[k]].Start, end, string.Empty, _removed[removed[k]]);
        }
    }

    /// <summary>Where the joiner starts (a joined hyphen goes with it), what it is, and why.</summary>
    private (int Start, string Joiner, string Reason) Joiner(SourceLine before, SourceLine after)
    {
        var sameParagraph = before.Paragraph == after.Paragraph;
        var hyphen = LineEnds.EndsWithHyphen(before.Text);
        var goesOn = sameParagraph || (_options.JoinLines && (hyphen || (!LineEnds.EndsSentence(before.Text) && LineEnds.StartsLowerCase(after.Text))));
        if (!goesOn)
        {
            return (before.End, "\n\n", ParagraphReason);
        }

        if (hyphen && _options.JoinHyphenation && (LineEnds.EndsWithSoftHyphen(before.Text) || LineEnds.StartsLowerCase(after.Text)))
        {
            return (before.End - 1, string.Empty, HyphenReason);
        }

        if (!_options.JoinLines)
        {
            return (before.End, "\n", LineBreakReason);
        }

        // A hyphen that stays ("Anglo-" + "French") binds the two halves without a space.
        var joiner = hyphen ? string.Empty : " ";
        return (before.End, joiner, sameParagraph ? LineBreakReason : ContinuationReason);
    }

    private void Add(int start, int end, string replacement, string reason)
    {
        if (end - start == replacement.Length && string.CompareOrdinal(_source.Text, start, replacement, 0, replacement.Length) == 0)
        {
            return;
        }

        _edits.Add(new TextEdit(start, end - start, replacement, reason));
    }
}
