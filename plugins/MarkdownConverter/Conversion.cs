using Pipeline.Plugins.MarkdownConverter.Output;
using Pipeline.Plugins.MarkdownConverter.Rendering;

namespace Pipeline.Plugins.MarkdownConverter;

/// <summary>What converting one document gives: the edits on its source, the text they make, its links (in source offsets) and its front matter's metadata.</summary>
internal sealed record Conversion(IReadOnlyList<TextEdit> Edits, string Text, IReadOnlyList<Link> Links, IReadOnlyDictionary<string, string> Metadata);
