namespace Pipeline.Plugins.HtmlConverter.Source;

/// <summary>A stretch of character data in the HTML source, between two pieces of markup.</summary>
/// <param name="Start">Index of the first character in the source.</param>
/// <param name="End">Index just past the last character.</param>
/// <param name="Raw">Script or style content: no character references are decoded in it.</param>
internal readonly record struct SourceRun(int Start, int End, bool Raw);
