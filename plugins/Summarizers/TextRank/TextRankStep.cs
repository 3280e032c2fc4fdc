using Pipeline.Abstractions;
using Pipeline.Plugins.Summarizers.Shared;

namespace Pipeline.Plugins.Summarizers.TextRank;

/// <summary>Terms, windowed graph, PageRank, selection; each stage costs about the same per sentence however long the document.</summary>
internal sealed class TextRankStep : IStep
{
    private readonly TextRankOptions _options;
    private readonly Builders _builders;

    public TextRankStep(TextRankOptions options)
    {
        _options = options;
        _builders = new Builders(new TermOptions(options.Stemming, options.StopWords));
    }

    public ValueTask RunAsync(IStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sentences = Candidates.Of(context, _options.SkipHeadings);
        var count = SummaryLength.Of(sentences.Count, _options.Sentences, _options.Ratio);
        if (count == 0)
        {
            return ValueTask.CompletedTask;
        }

        var builder = _builders.Rent();
        var vectors = TermVectors.Build(context.Text, sentences, builder, cancellationToken);
        _builders.Return(builder);
        var similarity = new Similarity(vectors);
        using var graph = SentenceGraph.Build(similarity, sentences.Count, _options.Similarity, _options.Window, cancellationToken);
        var scores = PageRank.Run(graph, Prior(sentences.Count), _options.Damping, cancellationToken);
        var chosen = Selection.Pick(scores, count, _options.Diversity, similarity, _options.Window);
        SummaryWriter.Write(context, sentences, chosen, scores);
        return ValueTask.CompletedTask;
    }

    /// <summary>The teleport distribution: sentence i weighs (i + 1)^-positionWeight.</summary>
    private double[] Prior(int n)
    {
        var prior = new double[n];
        if (_options.PositionWeight == 0)
        {
            // Each weight is then (i + 1)^0 = 1 and their sum n, so each share is exactly 1 / n: no need for Math.Pow.
            Array.Fill(prior, 1.0 / n);
            return prior;
        }

        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            prior[i] = Math.Pow(i + 1, -_options.PositionWeight);
            sum += prior[i];
        }

        for (var i = 0; i < n; i++)
        {
            prior[i] /= sum;
        }

        return prior;
    }
}
