namespace Pipeline.Core.Engine;

/// <summary>A document submitted to a chain.</summary>
public sealed class DocumentInput
{
    private static readonly IReadOnlyDictionary<string, string> NoMetadata = new Dictionary<string, string>();

    public string Id { get; init; } = string.Empty;

    /// <summary>The submitted text; empty for a document that came as binary <see cref="Data"/>.</summary>
    public required string Text { get; init; }

    /// <summary>The submitted bytes of a binary document (a PDF, a Word file), for a converter to read; empty for text.</summary>
    public ReadOnlyMemory<byte> Data { get; init; }

    /// <summary>Empty means <c>text/plain</c>.</summary>
    public string MediaType { get; init; } = string.Empty;

    public IReadOnlyDictionary<string, string> Metadata { get; init; } = NoMetadata;
}
