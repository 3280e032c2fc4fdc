using System.Globalization;
using Pipeline.Abstractions;
using Pipeline.Plugins.EntityExtractor.Text;
using Pipeline.Plugins.QuoteExtractor.Quotes;
using Pipeline.Plugins.Shared.Attributes;

namespace Pipeline.Plugins.QuoteExtractor;

/// <summary>
/// Finds the quotations, then attributes each in text order: by its own attribution, else as the next part of
/// the quotation before it, else (when long enough to be speech) to the previous speaker or to no one.
/// </summary>
internal sealed class QuoteStep : IStep
{
    private readonly QuoteOptions _options;

    public QuoteStep(QuoteOptions options)
    {
        _options = options;
    }

    public ValueTask RunAsync(IStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Text.AsSpan();
        if (text.IndexOfAny('“', '"', '„') < 0 && !text.Contains('«'))
        {
            return ValueTask.CompletedTask;
        }

        using var tokens = Tokenizer.Tokenize(context.Text, cancellationToken);
        var quotes = QuoteFinder.Find(tokens);
        if (quotes.Count == 0)
        {
            return ValueTask.CompletedTask;
        }

        using var mentions = Mentions.Build(tokens, context, _options.UseEntityAnnotations, quotes, cancellationToken);
        var attributor = new Attributor(tokens, mentions, _options.ResolvePronouns);
        var previous = -1;
        Speaker? previousSpeaker = null;
        Speaker? lastSpeaker = null;
        var group = 0;
        var previousGroup = 0;
        for (var q = 0; q < quotes.Count; q++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var quote = quotes[q];
            var speaker = attributor.Find(quote);
            if (speaker is null && quote.Close < 0)
            {
                // A quotation left open at a paragraph's end is attributed where it goes on.
                speaker = NextPart(attributor, quotes, q) is { } next ? attributor.Find(quotes[next])?.As("continuation", 0.8) : null;
            }

            var continues = previous >= 0 && Continues(attributor, quotes[previous], quote);
            int thisGroup;
            if (speaker is not null)
            {
                // “A,” he said, “B.”: the parts of one quotation around the one attribution between them share a
                // group, and so do the paragraphs of one quotation.
                var sameQuotation = continues && previousSpeaker?.Name == speaker.Name
                    && ((previousSpeaker.Side == Side.After && speaker.Side == Side.Before && attributor.SentenceEndsBetween(quotes[previous], quote) == 0)
                        || quotes[previous].Close < 0);
                thisGroup = sameQuotation ? previousGroup : ++group;
            }
            else if (continues && previousSpeaker is not null && attributor.OpensSentence(quote) && !IsTitle(tokens, quote))
            {
                speaker = previousSpeaker.As("continuation", 0.8);
                thisGroup = previousGroup;
            }
            else if (quote.Words < _options.MinUnattributedWords || IsTitle(tokens, quote))
            {
                // A scare quote ("floating") or a title or slogan: not speech.
                continue;
            }
            else
            {
                // A paragraph that is all quotation right after someone spoke goes on with their words.
                var follows = previous >= 0 && quote.Paragraph - quotes[previous].Paragraph <= 1 && attributor.OpensSentence(quote);
                speaker = follows ? lastSpeaker?.As("previous-speaker", 0.5) : null;
                thisGroup = ++group;
            }

            Annotate(context, quote, speaker, thisGroup);
            if (speaker is { Name.Length: > 0 })
            {
                attributor.Spoke(quote.Open, speaker);
                lastSpeaker = speaker;
            }

            previous = q;
            previousSpeaker = speaker;
            previousGroup = thisGroup;
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The quotation that goes on from the open-ended quotation <paramref name="index"/> in the next paragraph, following any further open-ended ones.</summary>
    private static int? NextPart(Attributor attributor, List<Quotation> quotes, int index)
    {
        // A quotation of more than a few dozen paragraphs is not one any attribution reaches.
        for (var next = index + 1; next < quotes.Count && next <= index + 32 && Continues(attributor, quotes[next - 1], quotes[next]); next++)
        {
            if (quotes[next].Close >= 0)
            {
                return next;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="quote"/> can go on from <paramref name="previous"/>: the same paragraph, or the next one after a quotation left open.</summary>
    private static bool Continues(Attributor attributor, in Quotation previous, in Quotation quote) =>
        quote.Paragraph == previous.Paragraph || (previous.Close < 0 && quote.Paragraph == previous.Paragraph + 1 && attributor.OpensSentence(quote));

    /// <summary>"Bread And Water For All": a short quotation whose longer words are all capitalised names a title or slogan.</summary>
    private static bool IsTitle(TokenList tokens, in Quotation quote)
    {
        if (quote.Words > 8)
        {
            return false;
        }

        var last = quote.Close < 0 ? tokens.IndexAt(quote.End - 1) : quote.Close - 1;
        for (var k = quote.Open + 1; k <= last; k++)
        {
            ref var token = ref tokens[k];
            if (token.Kind == TokenKind.Punct && token.Char is '.' or '!' or '?')
            {
                return false;
            }

            if (token.IsWord && token.End - token.Start >= 4 && !token.Has(TokenFlags.Upper))
            {
                return false;
            }
        }

        return true;
    }

    private static void Annotate(IStepContext context, in Quotation quote, Speaker? speaker, int group)
    {
        var attributes = new SmallAttributes(
            "group", group.ToString(CultureInfo.InvariantCulture), "attribution", speaker?.Pattern ?? "none", "speaker", speaker is { Name.Length: > 0 } ? speaker.Name : null);
        context.Annotate(new Annotation { Type = "quote", Start = quote.Start, End = quote.End, Score = speaker?.Score ?? 0.3, Attributes = attributes });
    }
}
