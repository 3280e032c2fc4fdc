namespace Pipeline.Plugins.DocxConverter.Output;

/// <summary>A heading's span in the converted text and its level, 1 (top) to 9.</summary>
internal sealed record Heading(int Start, int End, int Level);
