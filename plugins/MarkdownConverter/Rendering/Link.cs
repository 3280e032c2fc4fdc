namespace Pipeline.Plugins.MarkdownConverter.Rendering;

/// <summary>A link's text in the source, [<see cref="Start"/>, <see cref="End"/>), and where it points.</summary>
internal readonly record struct Link(int Start, int End, string Target);
