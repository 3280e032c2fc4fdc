using Pipeline.Plugins.HtmlConverter.Output;

namespace Pipeline.Plugins.HtmlConverter;

/// <summary>What converting one page gives: the edits on its source, the text they make, and its metadata.</summary>
internal sealed record Conversion(IReadOnlyList<TextEdit> Edits, string Text, IReadOnlyDictionary<string, string> Metadata);
