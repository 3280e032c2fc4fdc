namespace Pipeline.Plugins.HtmlConverter.Source;

/// <summary>The source runs a text node was read from: <see cref="FirstRun"/> to <see cref="LastRun"/>, less <see cref="SkippedAtStart"/> characters the parser dropped at the start.</summary>
internal readonly record struct TextSpan(int FirstRun, int LastRun, int SkippedAtStart);
