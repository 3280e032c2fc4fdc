using Pipeline.Abstractions;
using Pipeline.Core.Text;

namespace Pipeline.Core.Engine;

/// <summary>Collects what one step records about one document, to be checked and applied after the step returns.</summary>
internal sealed class StepContext : IStepContext
{
    private readonly Dictionary<string, string> _metadata;
    private volatile bool _closed;

    public StepContext(string documentId, string text, string mediaType, Dictionary<string, string> metadata, IReadOnlyList<Annotation> annotations, Summary? summary)
    {
        DocumentId = documentId;
        Text = text;
        MediaType = mediaType;
        _metadata = metadata;
        Annotations = annotations;
        Summary = summary;
    }

    public string DocumentId { get; }

    public string Text { get; }

    public string MediaType { get; }

    public IReadOnlyDictionary<string, string> Metadata => _metadata;

    public IReadOnlyList<Annotation> Annotations { get; }

    public Summary? Summary { get; }

    public List<TextEdit> Edits { get; } = [];

    public Dictionary<string, string> MetadataSet { get; } = new(StringComparer.Ordinal);

    public List<Annotation> Added { get; } = [];

    public Summary? SummarySet { get; private set; }

    public void Replace(int start, int length, string replacement, string reason)
    {
        ThrowIfClosed();
        ArgumentNullException.ThrowIfNull(replacement);
        if (start < 0 || length < 0 || start > Text.Length - length)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"edit [{start}, {start + length}) lies outside the text (length {Text.Length})");
        }

        Edits.Add(new TextEdit(start, start + length, replacement, reason ?? string.Empty));
    }

    public void SetMetadata(string key, string value)
    {
        ThrowIfClosed();
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);
        MetadataSet[key] = value;
    }

    public void Annotate(Annotation annotation)
    {
        ThrowIfClosed();
        ArgumentNullException.ThrowIfNull(annotation);
        Added.Add(annotation);
    }

    public void SetSummary(Summary summary)
    {
        ThrowIfClosed();
        ArgumentNullException.ThrowIfNull(summary);
        SummarySet = summary;
    }

    /// <summary>Stops a step that was abandoned at its timeout from recording anything more.</summary>
    public void Close() => _closed = true;

    private void ThrowIfClosed()
    {
        if (_closed)
        {
            throw new InvalidOperationException("The step's time is over; nothing more can be recorded for this document.");
        }
    }
}
