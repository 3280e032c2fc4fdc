using Pipeline.Plugins.EntityExtractor.Text;

namespace Pipeline.Plugins.QuoteExtractor.Quotes;

/// <summary>
/// Pairs double quotation marks within each paragraph. Single marks (‘…’) are left alone: inside a quotation they
/// quote someone in turn and stay part of it, and elsewhere they are mostly apostrophes.
/// </summary>
internal static class QuoteFinder
{
    public static List<Quotation> Find(TokenList tokens)
    {
        var quotes = new List<Quotation>();
        var open = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            ref var token = ref tokens[i];
            if (open >= 0 && token.Paragraph != tokens[open].Paragraph)
            {
                // Journalists leave a quotation open at a paragraph's end when the next paragraph goes on quoting.
                if (token.Kind is TokenKind.OpenQuote || (token.Kind is TokenKind.StraightQuote && Opens(tokens, i)))
                {
                    Add(tokens, quotes, open, -1, i - 1);
                }

                open = -1;
            }

            switch (token.Kind)
            {
                case TokenKind.OpenQuote:
                    // An earlier mark that never closed was a stray one.
                    open = i;
                    break;
                case TokenKind.CloseQuote when open >= 0:
                    Add(tokens, quotes, open, i, i - 1);
                    open = -1;
                    break;
                case TokenKind.StraightQuote when open >= 0:
                    Add(tokens, quotes, open, i, i - 1);
                    open = -1;
                    break;
                case TokenKind.StraightQuote when Opens(tokens, i):
                    open = i;
                    break;
            }
        }

        if (open >= 0 && open < tokens.Count - 1)
        {
            // A quotation still open at the end of the text ends with it, as in a truncated article.
            Add(tokens, quotes, open, -1, tokens.Count - 1);
        }

        return quotes;
    }

    /// <summary>A straight mark opens when a word follows it directly.</summary>
    private static bool Opens(TokenList tokens, int index) =>
        index + 1 < tokens.Count && tokens[index + 1].Start == tokens[index].End && tokens[index + 1].Kind is not TokenKind.Punct;

    private static void Add(TokenList tokens, List<Quotation> quotes, int open, int close, int lastInside)
    {
        if (lastInside <= open)
        {
            return;
        }

        var words = 0;
        for (var k = open + 1; k <= lastInside; k++)
        {
            words += tokens[k].Kind is TokenKind.Word or TokenKind.Number ? 1 : 0;
        }

        if (words == 0)
        {
            return;
        }

        quotes.Add(new Quotation
        {
            Open = open,
            Close = close,
            Start = tokens[open + 1].Start,
            End = tokens[lastInside].End,
            Paragraph = tokens[open].Paragraph,
            Words = words,
        });
    }
}
