namespace Pipeline.Plugins.PdfConverter.Layout;

/// <summary>What the end of one line and the start of the next say about whether a paragraph or a word goes on.</summary>
internal static class LineEnds
{
    private const string Closers = "\"'”’»)]";
    private const string SentenceEnds = ".!?…:";

    /// <summary>Whether the line ends a sentence: terminal punctuation, perhaps inside closing quotes or brackets.</summary>
    public static bool EndsSentence(string line)
    {
        var end = line.AsSpan().TrimEnd().TrimEnd(Closers);
        return end.Length > 0 && SentenceEnds.Contains(end[^1], StringComparison.Ordinal);
    }

    /// <summary>Whether the line ends in a hyphen straight after a letter (<c>infor-</c>, not <c>2 -</c>).</summary>
    public static bool EndsWithHyphen(string line) =>
        line.Length >= 2 && line[^1] is '-' or '\u2010' or '\u00AD' && char.IsLetter(line[^2]);

    /// <summary>Whether the line ends in a soft hyphen, which marks a break the typesetter made and nothing more.</summary>
    public static bool EndsWithSoftHyphen(string line) => line.Length >= 2 && line[^1] == '\u00AD';

    public static bool StartsLowerCase(string line) => line.Length > 0 && char.IsLower(line[0]);
}
