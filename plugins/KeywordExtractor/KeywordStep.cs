using Pipeline.Abstractions;

namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>
/// TextRank for keywords (Mihalcea and Tarau, 2004, section 3): filter the words syntactically, link those
/// that co-occur within the window, rank them with PageRank, keep the top T and collapse adjacent kept
/// words into keyphrases. Every step is linear in the text but for sorting the vertices.
/// </summary>
internal sealed class KeywordStep : IStep
{
    private readonly KeywordOptions _options;
    private readonly Workspaces _workspaces;

    public KeywordStep(KeywordOptions options)
    {
        _options = options;
        _workspaces = new Workspaces(options.Stem);
    }

    public ValueTask RunAsync(IStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        // A workspace is lent back only when the document went through: after an exception its state is unknown.
        var workspace = _workspaces.Rent();
        foreach (var phrase in Extract(context.Text, workspace, cancellationToken))
        {
            var attributes = new KeyphraseAttributes(phrase);
            foreach (var (start, end) in phrase.Occurrences)
            {
                context.Annotate(new Annotation { Type = "keyword", Start = start, End = end, Score = phrase.Score, Attributes = attributes });
            }
        }

        _workspaces.Return(workspace);
        return ValueTask.CompletedTask;
    }

    /// <summary>The keyphrases of <paramref name="text"/>, ranked; the list belongs to <paramref name="workspace"/>.</summary>
    public List<Keyphrase> Extract(string text, Workspace workspace, CancellationToken cancellationToken)
    {
        var (vocabulary, vertices) = (workspace.Vocabulary, workspace.Vertices);
        vocabulary.Start();
        WordTokenizer.Tokenize(text, vocabulary, workspace.Tokens, cancellationToken);
        var tokens = workspace.Tokens.AsSpan();
        var candidates = workspace.Filter.Select(tokens, vocabulary);
        cancellationToken.ThrowIfCancellationRequested();
        vertices.Build(tokens, candidates, vocabulary);
        if (vertices.Count == 0)
        {
            return [];
        }

        cancellationToken.ThrowIfCancellationRequested();
        workspace.Graph.Build(vertices.Sequence, vertices.Positions, vertices.Count, _options.Window);
        var scores = workspace.PageRank.Rank(workspace.Graph, _options.Damping, cancellationToken);
        var top = workspace.Ranking.Top(scores, Kept(vertices.Count));
        return workspace.Collector.Collect(tokens, vertices, top, scores, vocabulary, _options.Complete);
    }

    /// <summary>T: the paper keeps a third of the vertices, rounded up here so that a tiny text keeps one.</summary>
    private int Kept(int vertices) => _options.MaxKeywords > 0
        ? Math.Min(_options.MaxKeywords, vertices)
        : Math.Clamp((int)Math.Ceiling(Math.Round(vertices * _options.Ratio, 6)), 1, vertices);
}
