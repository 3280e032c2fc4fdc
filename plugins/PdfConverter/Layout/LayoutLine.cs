namespace Pipeline.Plugins.PdfConverter.Layout;

/// <summary>One line of a page as read: its words joined by single spaces, where it sits and how large its type is.</summary>
internal sealed class LayoutLine
{
    public required string Text { get; init; }

    public required Box Box { get; init; }

    /// <summary>The type size in points, the line's em.</summary>
    public required double FontSize { get; init; }
}
