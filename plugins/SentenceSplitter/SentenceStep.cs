using System.Collections.Frozen;
using Pipeline.Abstractions;
using Pipeline.Text;

namespace Pipeline.Plugins.SentenceSplitter;

/// <summary>Annotates the splitter's sentences, in text order.</summary>
internal sealed class SentenceStep : IStep
{
    private const string Type = "sentence";
    private const int CancellationStride = 1 << 10;

    private static readonly IReadOnlyDictionary<string, string> Heading =
        new Dictionary<string, string> { ["heading"] = "true" }.ToFrozenDictionary();

    private readonly SentenceOptions _options;

    public SentenceStep(SentenceOptions options)
    {
        _options = options;
    }

    public ValueTask RunAsync(IStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Text.AsSpan();
        var count = 0;
        foreach (var sentence in SentenceSegmenter.Enumerate(text))
        {
            if (++count % CancellationStride == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var words = sentence.Of(text);
            var heading = SentenceSegmenter.IsHeading(words);
            if ((heading && !_options.Headings) || !HasWords(words, _options.MinWords))
            {
                continue;
            }

            context.Annotate(heading
                ? new Annotation { Type = Type, Start = sentence.Start, End = sentence.End, Attributes = Heading }
                : new Annotation { Type = Type, Start = sentence.Start, End = sentence.End });
        }

        return ValueTask.CompletedTask;
    }

    private static bool HasWords(ReadOnlySpan<char> sentence, int least)
    {
        var words = 0;
        foreach (var _ in WordTokenizer.Enumerate(sentence))
        {
            if (++words >= least)
            {
                return true;
            }
        }

        return false;
    }
}
