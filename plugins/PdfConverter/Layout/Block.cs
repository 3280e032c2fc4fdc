namespace Pipeline.Plugins.PdfConverter.Layout;

/// <summary>A block of a page's text: where it lies and its lines from top to bottom.</summary>
internal sealed record Block(Box Box, List<LayoutLine> Lines);
