namespace Pipeline.Plugins.MarkdownConverter.Output;

/// <summary>One replacement in the source, as the step hands it to <c>IStepContext.Replace</c>.</summary>
internal readonly record struct TextEdit(int Start, int Length, string Replacement, string Reason);
