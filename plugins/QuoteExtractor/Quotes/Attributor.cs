using Pipeline.Plugins.EntityExtractor.Recognition;
using Pipeline.Plugins.EntityExtractor.Text;

namespace Pipeline.Plugins.QuoteExtractor.Quotes;

/// <summary>
/// Finds who a quotation is attributed to, in the clause after it (“…,” Kelmont said), the clause before it
/// (Oduya said, “…”; what the Times called “…”), or an "according to". A clause ends at a sentence's
/// end, a semicolon, another quotation mark or the paragraph's end, so every look is a short linear scan.
/// </summary>
internal sealed partial class Attributor
{
    private const int MaxClause = 60;

    // How many mentions or speakers back a pronoun looks, so that a long document stays linear.
    private const int MaxLookBack = 256;

    // Words that may stand between a subject and its verb: "Oduya publicly said", "Kelmont has said".
    private static readonly WordSet Between = new(["has", "had", "have", "was", "were", "is", "also", "then", "later", "once", "never", "not", "just", "would", "will", "could", "again", "first"]);

    // Words of a role description before a name that the role nouns lack: "chief executive", "film star".
    private static readonly WordSet RoleModifiers = new(["executive", "star", "actor", "actress", "singer", "coach", "manager", "boss", "striker", "player", "champion", "winner", "director", "producer", "author", "novelist", "chairman", "founder", "economist"]);

    private static readonly WordSet Determiners = new(["the", "a", "an", "his", "her", "its", "their", "our", "The", "A", "An", "His", "Her", "Its", "Their", "Our"]);

    private readonly TokenList _tokens;
    private readonly string _text;
    private readonly Mentions _mentions;
    private readonly bool _pronouns;
    private readonly List<(int Token, Speaker Speaker)> _speakers = [];
    private readonly Gazetteer _gazetteer = Gazetteer.Instance;

    public Attributor(TokenList tokens, Mentions mentions, bool pronouns)
    {
        _tokens = tokens;
        _text = tokens.Text;
        _mentions = mentions;
        _pronouns = pronouns;
    }

    /// <summary>The speaker the text attributes <paramref name="quote"/> to, or null.</summary>
    public Speaker? Find(in Quotation quote)
    {
        // “…,” X said: a quotation ending in a comma (or ? !) has its attribution after it; others mostly have theirs before.
        var speaker = EndsLikeLeadIn(quote)
            ? After(quote)?.On(Side.After) ?? Before(quote)?.On(Side.Before)
            : Before(quote)?.On(Side.Before) ?? After(quote)?.On(Side.After);
        return speaker ?? AccordingTo(quote);
    }

    /// <summary>Records a person's quotation at <paramref name="token"/>, for the pronouns after it.</summary>
    public void Spoke(int token, Speaker speaker)
    {
        if (speaker.Kind == EntityKind.Person && speaker.Name.Length > 0)
        {
            _speakers.Add((token, speaker));
        }
    }

    /// <summary>Whether the quotation opens a sentence: the paragraph's start, or a sentence's end before it.</summary>
    public bool OpensSentence(in Quotation quote)
    {
        var before = quote.Open - 1;
        return before < 0 || _tokens[before].Paragraph != quote.Paragraph || IsSentenceEnd(before) || _tokens[before].Kind is TokenKind.CloseQuote;
    }

    /// <summary>Sentence ends between two quotations of one paragraph.</summary>
    public int SentenceEndsBetween(in Quotation first, in Quotation second)
    {
        var count = 0;
        for (var k = Math.Max(first.Close, first.Open) + 1; k < second.Open; k++)
        {
            count += IsSentenceEnd(k) ? 1 : 0;
        }

        return count;
    }

    private Speaker? After(in Quotation quote)
    {
        if (quote.Close < 0)
        {
            return null;
        }

        var k = quote.Close + 1;
        var end = ClauseEnd(k, quote.Paragraph);
        if (k <= end && (_tokens[k].IsPunct(',') || IsDash(k)))
        {
            k++;
        }

        if (k > end)
        {
            return null;
        }

        // “…,” the Times reported: the article before an institution's name.
        if (IsDeterminer(k, "the") && _mentions.StartingAt(k + 1) is not null)
        {
            k++;
        }

        // “…,” Mr Fendler said: the title before the name the mention starts at.
        while (k < end && _mentions.StartingAt(k) is null && _tokens[k].IsCapitalised && IsTitle(k) && _tokens.Adjacent(k))
        {
            k++;
        }

        // “…,” chief executive Tomas Fendler said / said port chief Tomas Fendler: a role before the name.
        var named = NameAfterRole(IsSpeechVerb(k) ? k + 1 : k, end);
        if (named > k && (IsSpeechVerb(k) || IsSpeechVerb(SkipBetween(_mentions.StartingAt(named)!.Value.Last + 1, end))))
        {
            return From(_mentions.StartingAt(named)!.Value, "after", 0.85);
        }

        if (_mentions.StartingAt(k) is { } mention)
        {
            var next = SkipBetween(mention.Last + 1, end);
            if (next <= end && IsSpeechVerb(next))
            {
                // “…,” the Harbour Gazette quoted Mr Tomas Fendler as saying: the one quoted spoke.
                return _tokens.Is(next, "quoted") && PersonWithin(next + 1, 3) is { } quoted
                    ? From(quoted, "after", 0.85)
                    : From(mention, "after", 0.9);
            }

            // “…,” Mara Ostrova, the director of ..., told me.
            if (next <= end && _tokens[next].IsPunct(','))
            {
                for (var x = next + 1; x < end; x++)
                {
                    if (_tokens[x].IsPunct(',') && IsSpeechVerb(SkipBetween(x + 1, end)))
                    {
                        return From(mention, "after", 0.9);
                    }
                }
            }

            return null;
        }

        if (IsPronoun(k, out var gender) && IsSpeechVerb(SkipBetween(k + 1, end)))
        {
            return Pronoun(k, gender);
        }

        if (IsSpeechVerb(k))
        {
            // “…,” said Kelmont. / “…,” said a spokesman.
            if (_mentions.StartingAt(k + 1) is { } inverted)
            {
                return From(inverted, "after", 0.85);
            }

            return RoleForward(k + 1, end, out var head) ? Describe(k + 1, head, "after") : null;
        }

        // “…,” a spokesman for the coast guard said.
        if (RoleForward(k, end, out var last))
        {
            for (var x = last + 1; x <= end && x <= last + 8 && _tokens[x].IsWord; x++)
            {
                if (IsSpeechVerb(x))
                {
                    return Describe(k, last, "after");
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The first token of a person's name that follows a short role description starting at <paramref name="start"/>
    /// ("chief executive", "port chief", "film star"); -1 when none does.
    /// </summary>
    private int NameAfterRole(int start, int end)
    {
        var sawRole = false;
        for (var k = start; k <= end && k < start + 4; k++)
        {
            if (_mentions.StartingAt(k) is { Kind: EntityKind.Person })
            {
                return sawRole ? k : -1;
            }

            if (!_tokens[k].IsWord || (k > start && !_tokens.Adjacent(k - 1)))
            {
                return -1;
            }

            sawRole |= IsLowerIn(k, Lexicon.RoleNouns) || IsLowerIn(k, RoleModifiers);
        }

        return -1;
    }

    /// <summary>A person whose name starts within <paramref name="count"/> capitalised words (a title, say) of <paramref name="start"/>.</summary>
    private Mentions.Entry? PersonWithin(int start, int count)
    {
        for (var k = start; k < start + count && k < _tokens.Count && _tokens[k].IsCapitalised; k++)
        {
            if (_mentions.StartingAt(k) is { Kind: EntityKind.Person } person)
            {
                return person;
            }
        }

        return null;
    }

    private bool IsTitle(int index) =>
        (_gazetteer.Classify(_tokens[index].Span(_text)) & (WordClass.Title | WordClass.TitleStart)) != 0;

    private bool IsDeterminer(int index, string word) =>
        index < _tokens.Count && _tokens[index].IsWord && _tokens[index].Span(_text).Equals(word, StringComparison.OrdinalIgnoreCase);

    private Speaker? Before(in Quotation quote)
    {
        var start = ClauseStart(quote.Open - 1, quote.Paragraph);
        for (var v = quote.Open - 1; v >= start; v--)
        {
            if (IsSpeechVerb(v) || IsLowerIn(v, Lexicon.LabelVerbs))
            {
                if (SubjectBefore(v, start) is { } subject)
                {
                    return subject;
                }

                if (IsSpeechVerb(v) && _mentions.StartingAt(v + 1) is { } inverted && inverted.Last < quote.Open)
                {
                    return From(inverted, "before", 0.85);
                }
            }
            else if ((IsLowerIn(v, Lexicon.ReportNouns) || IsLowerIn(v, Lexicon.SpeechParticiples)) && FirstSubject(start, v) is { } subject)
            {
                // "She gave the union notice that she would “cancel” the contract."
                return subject.As("report", 0.7);
            }
        }

        return null;
    }

    private Speaker? AccordingTo(in Quotation quote)
    {
        var start = ClauseStart(quote.Open - 1, quote.Paragraph);
        if (AccordingTo(start, quote.Open - 1) is { } before)
        {
            return before;
        }

        return quote.Close < 0 ? null : AccordingTo(quote.Close + 1, ClauseEnd(quote.Close + 1, quote.Paragraph));
    }

    /// <summary>"according to X" within [<paramref name="start"/>, <paramref name="end"/>].</summary>
    private Speaker? AccordingTo(int start, int end)
    {
        for (var k = start; k < end - 1; k++)
        {
            if (!_tokens[k].IsWord || !_tokens[k].Span(_text).Equals("according", StringComparison.OrdinalIgnoreCase) || !_tokens.Is(k + 1, "to"))
            {
                continue;
            }

            if (_mentions.StartingAt(k + 2) is { } mention)
            {
                return From(mention, "according-to", 0.8);
            }

            return RoleForward(k + 2, end, out var head) ? Describe(k + 2, head, "according-to") : null;
        }

        return null;
    }

    /// <summary>The subject of the verb at <paramref name="verb"/>: a name, a pronoun, or an unnamed role ("Chile’s U.N. envoy").</summary>
    private Speaker? SubjectBefore(int verb, int start)
    {
        var j = verb - 1;
        while (j >= start && IsBetween(j))
        {
            j--;
        }

        if (j < start)
        {
            return null;
        }

        if (_mentions.EndingAt(j) is { } mention)
        {
            // "Tomas Fendler, Carrow Shipping Group said": the person, not the body they speak for.
            if (mention.Kind == EntityKind.Organization && _tokens.IsPunct(mention.First - 1, ',') && _mentions.EndingAt(mention.First - 2) is { Kind: EntityKind.Person } person)
            {
                return From(person, "before", 0.85);
            }

            return From(mention, "before", 0.9);
        }

        if (IsPronoun(j, out var gender))
        {
            return Pronoun(j, gender);
        }

        if (_tokens[j].IsPunct(','))
        {
            // "Oduya, the Polish foreign minister, said, “…”": the name before the appositive.
            for (var x = j - 1; x > start; x--)
            {
                if (_tokens[x].IsPunct(','))
                {
                    return _mentions.EndingAt(x - 1) is { } named ? From(named, "before", 0.85) : null;
                }
            }

            return null;
        }

        return IsLowerIn(j, Lexicon.RoleNouns) ? Describe(RoleStart(j, start), j, "before") : null;
    }

    /// <summary>The first name or pronoun of a clause: its subject, in the usual order.</summary>
    private Speaker? FirstSubject(int start, int end)
    {
        for (var x = start; x < end; x++)
        {
            if (_mentions.StartingAt(x) is { } mention)
            {
                return From(mention, "report", 0.7);
            }

            if (IsPronoun(x, out var gender))
            {
                return Pronoun(x, gender);
            }
        }

        return null;
    }
}
