using System.Globalization;
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
    private readonly WordCache _words;

    public KeywordStep(KeywordOptions options)
    {
        _options = options;
        _words = new WordCache(options.Stem);
    }

    public ValueTask RunAsync(IStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var phrase in Extract(context.Text, cancellationToken))
        {
            var attributes = new Dictionary<string, string>
            {
                ["phrase"] = phrase.Text,
                ["stem"] = phrase.Key,
                ["rank"] = phrase.Rank.ToString(CultureInfo.InvariantCulture),
            };
            foreach (var (start, end) in phrase.Occurrences)
            {
                context.Annotate(new Annotation { Type = "keyword", Start = start, End = end, Score = phrase.Score, Attributes = attributes });
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The keyphrases of <paramref name="text"/>, ranked.</summary>
    public List<Keyphrase> Extract(string text, CancellationToken cancellationToken)
    {
        using var vocabulary = new Vocabulary(_words);
        var tokens = WordTokenizer.Tokenize(text, vocabulary, cancellationToken);
        var candidates = CandidateFilter.Select(tokens, WordClasses.Classify(vocabulary), vocabulary);
        cancellationToken.ThrowIfCancellationRequested();
        var vertices = Vertices.Build(tokens, candidates, vocabulary);
        if (vertices.Count == 0)
        {
            return [];
        }

        cancellationToken.ThrowIfCancellationRequested();
        var graph = CooccurrenceGraph.Build(vertices.Sequence, vertices.Positions, vertices.Count, _options.Window);
        var scores = PageRank.Rank(graph, _options.Damping, cancellationToken);
        var phrases = KeyphraseCollector.Collect(tokens, vertices, Top(scores, Kept(vertices.Count)), scores, vocabulary, _options.Complete);
        cancellationToken.ThrowIfCancellationRequested();

        // Equal scores keep the order of first occurrence.
        var phraseScores = new double[phrases.Count];
        for (var i = 0; i < phraseScores.Length; i++)
        {
            phraseScores[i] = phrases[i].Score;
        }

        var ranked = Ranking.Order(phraseScores);
        for (var i = 0; i < ranked.Length; i++)
        {
            phrases[ranked[i]].Rank = i + 1;
        }

        return phrases;
    }

    /// <summary>T: the paper keeps a third of the vertices, rounded up here so that a tiny text keeps one.</summary>
    private int Kept(int vertices) => _options.MaxKeywords > 0
        ? Math.Min(_options.MaxKeywords, vertices)
        : Math.Clamp((int)Math.Ceiling(Math.Round(vertices * _options.Ratio, 6)), 1, vertices);

    private static bool[] Top(double[] scores, int count)
    {
        var selected = new bool[scores.Length];
        foreach (var vertex in Ranking.Order(scores).AsSpan(0, count))
        {
            selected[vertex] = true;
        }

        return selected;
    }
}
