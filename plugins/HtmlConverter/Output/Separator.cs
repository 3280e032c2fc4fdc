namespace Pipeline.Plugins.HtmlConverter.Output;

/// <summary>What stands between two pieces of kept text, weakest first; the strongest one asked for between them wins.</summary>
internal enum Separator
{
    None,
    Space,
    Line,
    Paragraph,
}
