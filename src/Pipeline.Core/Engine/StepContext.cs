using Pipeline.Abstractions;
using Pipeline.Core.Text;

namespace Pipeline.Core.Engine;

/// <summary>Collects what one step records about one document, to be checked and applied after the step returns.</summary>
internal sealed class StepContext : IStepContext
{
    private readonly Dictionary<string, string> _metadata;
    private readonly string? _sourceRefused;
    private volatile bool _closed;

    // sourceRefused: why SetSourceText may not be called on this document now; null when it may.
    public StepContext(string documentId, string text, string mediaType, ReadOnlyMemory<byte> data, Dictionary<string, string> metadata, IReadOnlyList<Annotation> annotations, Summary? summary, string? sourceRefused)
    {
        DocumentId = documentId;
        _sourceRefused = sourceRefused;
        Data = data;
        Text = text;
        MediaType = mediaType;
        _metadata = metadata;
        Annotations = annotations;
        Summary = summary;
    }

    public string DocumentId { get; }

    public string Text { get; private set; }

    public string MediaType { get; }

    public ReadOnlyMemory<byte> Data { get; }

    public IReadOnlyDictionary<string, string> Metadata => _metadata;

    public IReadOnlyList<Annotation> Annotations { get; }

    public Summary? Summary { get; }

    public List<TextEdit> Edits { get; } = [];

    public Dictionary<string, string> MetadataSet { get; } = new(StringComparer.Ordinal);

    public List<Annotation> Added { get; } = [];

    public Summary? SummarySet { get; private set; }

    public SourcePages? SourceSet { get; private set; }

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

    public void SetSourceText(IReadOnlyList<string> pages)
    {
        ThrowIfClosed();
        ArgumentNullException.ThrowIfNull(pages);
        if (pages.Count == 0 || pages.Any(p => p is null))
        {
            throw new ArgumentException("give the text of at least one page, and no null page", nameof(pages));
        }

        if (_sourceRefused is not null || SourceSet is not null)
        {
            throw new InvalidOperationException(_sourceRefused ?? "the source text was already set by this step");
        }

        if (Edits.Count > 0 || Added.Count > 0 || SummarySet is not null)
        {
            throw new InvalidOperationException("set the source text before recording edits, annotations or a summary");
        }

        SourceSet = new SourcePages(pages);
        Text = SourceSet.Text;
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
