namespace Pipeline.Plugins.PdfConverter.Layout;

/// <summary>A page as read: its paragraphs in reading order, each a list of lines from top to bottom.</summary>
internal sealed class PageLayout
{
    public required int Number { get; init; }

    /// <summary>The visible part of the page (its crop box).</summary>
    public required Box Bounds { get; init; }

    public required IReadOnlyList<IReadOnlyList<LayoutLine>> Paragraphs { get; init; }
}
