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

    /// <summary>
    /// The document's media type without parameters, lower case, e.g. <c>text/plain</c>, <c>text/html</c>,
    /// <c>application/pdf</c>: as the caller gave it, or as the host detected it when the caller gave none.
    /// It stays the submitted document's type after a converter has turned it into text.
    /// </summary>
    string MediaType { get; }

    /// <summary>
    /// The bytes of a document submitted as data (a PDF, a Word file, a page in some encoding); empty when it
    /// came as text. For a text media type the host has already decoded them into <see cref="Text"/>.
    /// </summary>
    ReadOnlyMemory<byte> Data { get; }

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

    /// <summary>
    /// Gives a document that came as binary <see cref="Data"/> the text a converter read from it: one string per
    /// page, or a single one for a format without pages. The pages joined by a blank line (<c>"\n\n"</c>) become
    /// <see cref="Text"/> at once, and they are what the response's original offsets point into: the caller gets
    /// them as <c>source_pages</c>, and each annotation names its page in a <c>page</c> attribute.
    /// </summary>
    /// <remarks>
    /// Allowed once per document, on a document that came as binary <see cref="Data"/> and whose <see cref="Text"/>
    /// is still empty; otherwise it throws <see cref="InvalidOperationException"/> and the step fails. Edits recorded
    /// afterwards refer to the new text, so a converter can set the pages as read and then edit out what is not the
    /// document's (running headers, page numbers, hyphens at line ends), keeping every later offset traceable to its
    /// page.
    /// </remarks>
    /// <param name="pages">The text of each page, in page order; at least one.</param>
    void SetSourceText(IReadOnlyList<string> pages);

    /// <summary>Sets a metadata key, replacing any value it had.</summary>
    void SetMetadata(string key, string value);

    /// <summary>Adds an annotation whose offsets refer to <see cref="Text"/>.</summary>
    void Annotate(Annotation annotation);

    /// <summary>Sets the document's summary, replacing any earlier one.</summary>
    void SetSummary(Summary summary);
}
