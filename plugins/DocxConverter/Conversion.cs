using Pipeline.Plugins.DocxConverter.Output;

namespace Pipeline.Plugins.DocxConverter;

/// <summary>What converting one Word file gives: its text, the headings in it, and its core properties.</summary>
internal sealed record Conversion(string Text, IReadOnlyList<Heading> Headings, IReadOnlyDictionary<string, string> Metadata);
