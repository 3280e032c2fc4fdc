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

    public KeywordStep(KeywordOptions options) => _options = options;

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
        var vocabulary = new Vocabulary();
        var tokens = WordTokenizer.Tokenize(text, vocabulary, cancellationToken);
        var candidates = CandidateFilter.Select(tokens, WordClasses.Classify(vocabulary), vocabulary);
        cancellationToken.ThrowIfCancellationRequested();
        var vertices = Vertices.Build(tokens, candidates, vocabulary, _options.Stem);
        if (vertices.Count == 0)
        {
            return [];
        }

        cancellationToken.ThrowIfCancellationRequested();
        var graph = CooccurrenceGraph.Build(vertices.Sequence, vertices.Positions, vertices.Count, _options.Window);
        var scores = PageRank.Rank(graph, _options.Damping, cancellationToken);
        var phrases = KeyphraseCollector.Collect(tokens, vertices, Top(scores, Kept(vertices.Count)), scores, vocabulary, _options.Complete);
        cancellationToken.ThrowIfCancellationRequested();

        // Stable: equal scores keep the order of first occurrence.
        var ranked = phrases.OrderByDescending(p => p.Score).ToList();
        for (var i = 0; i < ranked.Count; i++)
        {
            ranked[i].Rank = i + 1;
        }

        return phrases;
    }

    /// <summary>T: the paper keeps a third of the vertices, rounded up here so that a tiny text keeps one.</summary>
    private int Kept(int vertices) => _options.MaxKeywords > 0
        ? Math.Min(_options.MaxKeywords, vertices)
        : Math.Clamp((int)Math.Ceiling(Math.Round(vertices * _options.Ratio, 6)), 1, vertices);

    private static bool[] Top(double[] scores, int count)
    {
        var order = new int[scores.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => scores[a] != scores[b] ? scores[b].CompareTo(scores[a]) : a.CompareTo(b));
        var selected = new bool[scores.Length];
        foreach (var vertex in order.AsSpan(0, count))
        {
            selected[vertex] = true;
        }

        return selected;
    }
}
