namespace Pipeline.Abstractions;

/// <summary>
/// One document as a step sees it, and what the step records about it. Offsets are UTF-16 indices into
/// <see cref="Text"/> as it stood when the step started; the engine turns them into code points and into
/// offsets of the submitted text, so a step never does offset arithmetic of its own.
/// </summary>
/// <remarks>
/// Edits are collected and applied together after the step returns, so every edit's range refers to the
/// unedited <see cref="Text"/>. Edits must lie inside the text and must not overlap one another; a step
/// that breaks this fails. The methods are not thread-safe: call them from one thread at a time.
/// </remarks>
public interface IStepContext
{
    /// <summary>The caller's identifier of the document; may be empty.</summary>
    string DocumentId { get; }

    /// <summary>The document's text after the steps before this one.</summary>
    string Text { get; }

    /// <summary>The document's media type, e.g. <c>text/plain</c>.</summary>
    string MediaType { get; }

    /// <summary>The caller's metadata plus what earlier steps found.</summary>
    IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>The annotations earlier steps made, with offsets into <see cref="Text"/>, ordered by start.</summary>
    IReadOnlyList<Annotation> Annotations { get; }

    /// <summary>The summary an earlier step wrote, or null.</summary>
    Summary? Summary { get; }

    /// <summary>Replaces <paramref name="length"/> characters at <paramref name="start"/> with <paramref name="replacement"/>.</summary>
    /// <param name="start">UTF-16 index into <see cref="Text"/>.</param>
    /// <param name="length">How many UTF-16 units to replace; 0 inserts.</param>
    /// <param name="replacement">The new text; empty deletes.</param>
    /// <param name="reason">The rule that made the edit, shown in traces, e.g. <c>footer: Story Code line</c>.</param>
    void Replace(int start, int length, string replacement, string reason);

    /// <summary>Sets a metadata key, replacing any value it had.</summary>
    void SetMetadata(string key, string value);

    /// <summary>Adds an annotation whose offsets refer to <see cref="Text"/>.</summary>
    void Annotate(Annotation annotation);

    /// <summary>Sets the document's summary, replacing any earlier one.</summary>
    void SetSummary(Summary summary);
}
