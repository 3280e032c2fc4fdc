namespace Pipeline.Plugins.MarkdownConverter.Output;

/// <summary>What stands between two pieces of kept text.</summary>
internal static class Separators
{
    public const string None = "";
    public const string Space = " ";
    public const string Cell = " | ";
    public const string Line = "\n";
    public const string Paragraph = "\n\n";

    /// <summary>Which of two separators asked for between the same two pieces wins: more line breaks, then the longer.</summary>
    public static int Strength(string separator) => (separator.Count(c => c == '\n') * 1_000) + separator.Length;
}
