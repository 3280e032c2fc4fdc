namespace Pipeline.Plugins.PdfConverter.Cleanup;

/// <summary>One replacement in the joined source text, as the step hands it to <c>IStepContext.Replace</c>.</summary>
internal readonly record struct TextEdit(int Start, int Length, string Replacement, string Reason);
