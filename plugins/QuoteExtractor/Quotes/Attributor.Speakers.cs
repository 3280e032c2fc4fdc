using Pipeline.Plugins.EntityExtractor.Recognition;
using Pipeline.Plugins.EntityExtractor.Text;

namespace Pipeline.Plugins.QuoteExtractor.Quotes;

/// <summary>Who a name, a pronoun or a role phrase stands for.</summary>
internal sealed partial class Attributor
{
    /// <summary>
    /// "he" or "she": the nearest person of that gender named before it in its paragraph (outside quotations),
    /// else the last speaker of that gender, else the nearest such person named earlier.
    /// </summary>
    private Speaker Pronoun(int index, Gender gender)
    {
        // “Yes,” he said: speech all the same, even when nobody can be named.
        var nobody = new Speaker(string.Empty, EntityKind.None, gender, "pronoun", 0.4);
        if (!_pronouns)
        {
            return nobody;
        }

        var paragraph = _tokens[index].Paragraph;
        var all = _mentions.All;
        Mentions.Entry? anyGender = null;
        var e = _mentions.LastBefore(index);
        var floor = Math.Max(0, e - MaxLookBack);
        // Subjects first ("Halden accused Mr Fendler ... “…,” he said" means Halden), then anyone named in the paragraph.
        for (var pass = 0; pass < 2; pass++)
        {
            for (var x = e; x >= floor && _tokens[all[x].First].Paragraph == paragraph; x--)
            {
                if (all[x].Kind != EntityKind.Person || _mentions.InQuote(all[x].First) || (pass == 0 && !OpensClause(all[x])))
                {
                    continue;
                }

                if (Compatible(all[x].Gender, gender))
                {
                    return From(all[x], "pronoun", 0.75);
                }

                anyGender ??= all[x];
            }
        }

        for (var s = _speakers.Count - 1; s >= 0 && s >= _speakers.Count - MaxLookBack; s--)
        {
            if (_speakers[s].Token < index && Compatible(_speakers[s].Speaker.Gender, gender))
            {
                return _speakers[s].Speaker.As("pronoun", 0.7);
            }
        }

        for (var x = e; x >= floor; x--)
        {
            if (all[x].Kind == EntityKind.Person && !_mentions.InQuote(all[x].First))
            {
                if (Compatible(all[x].Gender, gender))
                {
                    return From(all[x], "pronoun", 0.6);
                }

                anyGender ??= all[x];
            }
        }

        // A gazetteer's gender is a guess ("Valery" is listed as a woman's name): better a speaker than none.
        return anyGender is { } someone ? From(someone, "pronoun", 0.5) : nobody;
    }

    /// <summary>Whether no other name comes before <paramref name="mention"/> in its sentence: likely its subject.</summary>
    private bool OpensClause(Mentions.Entry mention)
    {
        for (var k = mention.First - 1; k >= 0 && k >= mention.First - MaxClause; k--)
        {
            if (IsClauseBreak(k) || _tokens[k].Paragraph != _tokens[mention.First].Paragraph)
            {
                return true;
            }

            if (_mentions.EndingAt(k) is not null)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Compatible(Gender known, Gender wanted) => known == Gender.Unknown || known == wanted;

    private static Speaker From(Mentions.Entry mention, string pattern, double score) =>
        new(mention.Canonical, mention.Kind, mention.Gender, pattern, score);

    /// <summary>An unnamed speaker described by a role, as written: "Chile’s U.N. envoy", "a spokesman".</summary>
    private Speaker Describe(int first, int last, string pattern)
    {
        var name = _text[_tokens[first].Start.._tokens[last].End];
        if (first < last && _tokens[first].IsCapitalised && Determiners.Contains(_tokens[first].Span(_text)))
        {
            name = char.ToLowerInvariant(name[0]) + name[1..];
        }

        return new Speaker(name, EntityKind.None, Gender.Unknown, pattern, 0.7);
    }

    /// <summary>A role phrase starting at <paramref name="start"/>: a determiner, up to three modifiers, a role noun.</summary>
    private bool RoleForward(int start, int end, out int head)
    {
        head = -1;
        for (var k = start; k <= end && k <= start + 4; k++)
        {
            if (!_tokens[k].IsWord || (k > start && !_tokens.Adjacent(k - 1)))
            {
                return false;
            }

            if (IsLowerIn(k, Lexicon.RoleNouns))
            {
                head = k;
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the role phrase ending at <paramref name="head"/> starts: its determiner, or its capitalised modifiers.</summary>
    private int RoleStart(int head, int start)
    {
        for (var k = head - 1; k >= start && k >= head - 4; k--)
        {
            if (!_tokens[k].IsWord || !_tokens.Adjacent(k))
            {
                break;
            }

            if (Determiners.Contains(_tokens[k].Span(_text)))
            {
                return k;
            }
        }

        var first = head;
        while (first - 1 >= start && _tokens[first - 1].IsCapitalised && _tokens.Adjacent(first - 1))
        {
            first--;
        }

        return first;
    }
}
