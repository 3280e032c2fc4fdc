using Pipeline.Plugins.Shared.Memory;

namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>
/// Everything one document needs while it is read: the words the step has met, and each stage with its buffers.
/// A step lends a workspace to one document at a time (<see cref="Workspaces"/>), so the buffers keep their size
/// from one document to the next and reading a document allocates little beyond its keyphrases.
/// </summary>
internal sealed class Workspace : IDisposable
{
    /// <summary>A workspace that has read a longer document is not kept: its buffers would hold on to that size.</summary>
    private const int MaxKeptTokens = 1 << 16;

    public Workspace(bool stem) => Vocabulary = new Vocabulary(new WordTable(stem));

    public Vocabulary Vocabulary { get; }

    public NativeList<Token> Tokens { get; } = new();

    public CandidateFilter Filter { get; } = new();

    public Vertices Vertices { get; } = new();

    public CooccurrenceGraph Graph { get; } = new();

    public PageRank PageRank { get; } = new();

    public Ranking Ranking { get; } = new();

    public KeyphraseCollector Collector { get; } = new();

    public bool Oversized => Tokens.Capacity > MaxKeptTokens;

    public void Dispose()
    {
        Tokens.Dispose();
        Filter.Dispose();
        Vertices.Dispose();
        Collector.Dispose();
    }
}
