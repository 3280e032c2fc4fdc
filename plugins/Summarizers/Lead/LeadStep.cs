using Pipeline.Abstractions;
using Pipeline.Plugins.Summarizers.Shared;

namespace Pipeline.Plugins.Summarizers.Lead;

/// <summary>Takes the first sentences; the first scores 1, the second 1/2, and so on.</summary>
internal sealed class LeadStep : IStep
{
    private readonly LeadOptions _options;

    public LeadStep(LeadOptions options)
    {
        _options = options;
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

        var scores = new double[count];
        for (var i = 0; i < count; i++)
        {
            scores[i] = 1.0 / (i + 1);
        }

        SummaryWriter.Write(context, sentences, Enumerable.Range(0, count), scores);
        return ValueTask.CompletedTask;
    }
}
