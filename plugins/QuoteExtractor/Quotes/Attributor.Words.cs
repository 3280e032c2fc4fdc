using Pipeline.Plugins.EntityExtractor.Recognition;
using Pipeline.Plugins.EntityExtractor.Text;

namespace Pipeline.Plugins.QuoteExtractor.Quotes;

/// <summary>Clauses and the words in them: where a clause ends, which word is a verb of speech.</summary>
internal sealed partial class Attributor
{
    private int ClauseEnd(int from, int paragraph)
    {
        var k = from;
        while (k < _tokens.Count && k < from + MaxClause && _tokens[k].Paragraph == paragraph && !IsClauseBreak(k))
        {
            k++;
        }

        return k - 1;
    }

    private int ClauseStart(int from, int paragraph)
    {
        var k = from;
        while (k >= 0 && k > from - MaxClause && _tokens[k].Paragraph == paragraph && !IsClauseBreak(k))
        {
            k--;
        }

        return k + 1;
    }

    private bool IsClauseBreak(int index)
    {
        ref var token = ref _tokens[index];
        return token.Kind is TokenKind.OpenQuote or TokenKind.CloseQuote or TokenKind.StraightQuote || IsSentenceEnd(index) || token.IsPunct(';');
    }

    private bool IsSentenceEnd(int index) => _tokens[index].Kind == TokenKind.Punct && _tokens[index].Char is '.' or '!' or '?';

    private bool IsDash(int index) => _tokens[index].Kind == TokenKind.Punct && _tokens[index].Char is '—' or '–';

    private int SkipBetween(int from, int end)
    {
        while (from <= end && IsBetween(from))
        {
            from++;
        }

        return from;
    }

    private bool IsBetween(int index)
    {
        if (!IsLowerWord(index))
        {
            return false;
        }

        var word = _tokens[index].Span(_text);
        return (word.Length > 4 && word.EndsWith("ly")) || Between.Contains(word);
    }

    private bool IsSpeechVerb(int index) => IsLowerIn(index, Lexicon.SpeechVerbs);

    private bool IsLowerIn(int index, WordSet words) => IsLowerWord(index) && words.Contains(_tokens[index].Span(_text));

    private bool IsLowerWord(int index) =>
        index >= 0 && index < _tokens.Count && _tokens[index].IsWord && !_tokens[index].Has(TokenFlags.Upper);

    private bool IsPronoun(int index, out Gender gender)
    {
        gender = Gender.Unknown;
        if (index < 0 || index >= _tokens.Count || !_tokens[index].IsWord)
        {
            return false;
        }

        var word = _tokens[index].Span(_text);
        gender = word is "he" or "He" ? Gender.Male : word is "she" or "She" ? Gender.Female : Gender.Unknown;
        return gender != Gender.Unknown;
    }

    /// <summary>Whether the quoted words end with a comma, "?" or "!" (before any closing single mark): a lead-in to the attribution after them.</summary>
    private bool EndsLikeLeadIn(in Quotation quote)
    {
        for (var k = quote.Close - 1; k > quote.Open; k--)
        {
            ref var token = ref _tokens[k];
            if (token.Kind != TokenKind.Punct)
            {
                return false;
            }

            if (token.Char is ',' or '?' or '!' or '—')
            {
                return true;
            }
        }

        return false;
    }
}
