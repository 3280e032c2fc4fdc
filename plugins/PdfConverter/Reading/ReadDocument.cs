using Pipeline.Plugins.PdfConverter.Layout;

namespace Pipeline.Plugins.PdfConverter.Reading;

/// <summary>What was read from a PDF: each page's layout and the document information's metadata.</summary>
internal sealed record ReadDocument(IReadOnlyList<PageLayout> Pages, IReadOnlyDictionary<string, string> Metadata);
