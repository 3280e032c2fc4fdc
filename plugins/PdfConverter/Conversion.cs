using Pipeline.Plugins.PdfConverter.Cleanup;

namespace Pipeline.Plugins.PdfConverter;

/// <summary>What converting one PDF gives: its pages as read, the edits on their joined text, and its metadata.</summary>
internal sealed record Conversion(SourceText Source, IReadOnlyList<TextEdit> Edits, IReadOnlyDictionary<string, string> Metadata);
