using System.ComponentModel;

namespace Pipeline.Plugins.WhitespaceCleaner;

/// <summary>Options of the <c>whitespace</c> cleaner; each rule can be switched off on its own.</summary>
/// <remarks>
/// Defaults: every white-space rule is on (<see cref="NormalizeUnicode"/>, <see cref="NonBreakingSpaces"/>,
/// <see cref="RemoveZeroWidth"/>, <see cref="KeepZeroWidthJoiner"/>, <see cref="CollapseSpaces"/>,
/// <see cref="TrimLineStarts"/>, <see cref="TrimLineEnds"/>, <see cref="NormalizeLineBreaks"/>,
/// <see cref="CollapseBlankLines"/> and <see cref="TrimDocument"/> are all <c>true</c>);
/// <see cref="StraightenQuotes"/> is <c>false</c>, so quotes stay as written.
/// </remarks>
public sealed class WhitespaceOptions
{
    /// <summary>Normalise the text to Unicode NFC. Default <c>true</c>.</summary>
    [Description("Normalise the text to Unicode NFC, editing only the characters that change. Default true.")]
    public bool NormalizeUnicode { get; init; } = true;

    /// <summary>Turn U+00A0, U+202F and U+2007 into plain spaces. Default <c>true</c>.</summary>
    [Description("Replace non-breaking spaces (U+00A0, U+202F, U+2007) with plain spaces. Default true.")]
    public bool NonBreakingSpaces { get; init; } = true;

    /// <summary>Remove U+200B, U+200C, U+200D, U+2060 and U+FEFF. Default <c>true</c>.</summary>
    [Description("Remove zero-width characters (U+200B, U+200C, U+200D, U+2060, U+FEFF). Default true.")]
    public bool RemoveZeroWidth { get; init; } = true;

    /// <summary>Keep U+200D (zero-width joiner), which emoji sequences and some scripts need, when <see cref="RemoveZeroWidth"/> is on. Default <c>true</c>.</summary>
    [Description("Keep the zero-width joiner U+200D (emoji sequences, Indic scripts) even when removing zero-width characters. Default true.")]
    public bool KeepZeroWidthJoiner { get; init; } = true;

    /// <summary>Collapse a run of two or more spaces or tabs inside a line into one space. Default <c>true</c>.</summary>
    [Description("Collapse runs of two or more spaces or tabs inside a line into one space. Default true.")]
    public bool CollapseSpaces { get; init; } = true;

    /// <summary>Remove white space at the start of each line. Default <c>true</c>.</summary>
    [Description("Remove white space at the start of each line. Default true.")]
    public bool TrimLineStarts { get; init; } = true;

    /// <summary>Remove white space at the end of each line. Default <c>true</c>.</summary>
    [Description("Remove white space at the end of each line. Default true.")]
    public bool TrimLineEnds { get; init; } = true;

    /// <summary>Turn CRLF and lone CR line breaks into LF. Default <c>true</c>.</summary>
    [Description("Turn CRLF and CR line breaks into LF. Default true.")]
    public bool NormalizeLineBreaks { get; init; } = true;

    /// <summary>Collapse two or more blank lines in a row into one (a paragraph break). Default <c>true</c>.</summary>
    [Description("Collapse two or more blank lines in a row into one, i.e. a single paragraph break. Default true.")]
    public bool CollapseBlankLines { get; init; } = true;

    /// <summary>Remove blank lines at the start and at the end of the document; a final line break is kept. Default <c>true</c>.</summary>
    [Description("Remove blank lines at the start and end of the document (a final line break is kept). Default true.")]
    public bool TrimDocument { get; init; } = true;

    /// <summary>Turn typographic quotes ‘ ’ “ ” (U+2018, U+2019, U+201C, U+201D) into straight ' and ". Default <c>false</c>: quotes are left as written.</summary>
    [Description("Replace typographic quotes (U+2018, U+2019, U+201C, U+201D) with straight ' and \". Default false: quotes are left as written.")]
    public bool StraightenQuotes { get; init; }
}
