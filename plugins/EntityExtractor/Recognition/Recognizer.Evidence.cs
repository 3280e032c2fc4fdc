using Pipeline.Plugins.EntityExtractor.Text;

namespace Pipeline.Plugins.EntityExtractor.Recognition;

/// <summary>The evidence the rules weigh: what a word is, and the words around it.</summary>
internal sealed partial class Recognizer
{
    private ReadOnlySpan<char> Name(int index) => _tokens[index].Name(_text);

    /// <summary>Tokens [<paramref name="first"/>, <paramref name="last"/>] joined by single spaces, the last without its possessive.</summary>
    private ReadOnlySpan<char> Key(int first, int last)
    {
        var length = 0;
        for (var k = first; k <= last; k++)
        {
            var word = k == last ? Name(k) : _tokens[k].Span(_text);
            if (length + word.Length + 1 > MaxKey)
            {
                return [];
            }

            if (k > first)
            {
                _key[length++] = ' ';
            }

            word.CopyTo(_key.AsSpan(length));
            length += word.Length;
        }

        return _key.AsSpan(0, length);
    }

    private bool IsConnector(int index) =>
        _tokens[index].IsWord && !_tokens[index].Has(TokenFlags.Upper) && Is(Class(index), WordClass.Connector);

    private bool HasConnector(int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (IsConnector(k))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasOrganizationHead(int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (Is(Class(k), WordClass.OrganizationHead))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Polish", "Chileans", "Polish-American": adjectives and peoples, not names.</summary>
    private WordClass Lookup(ReadOnlySpan<char> words)
    {
        var found = _gazetteer.Classify(words);
        if (!Is(found, WordClass.Demonym) && IsDemonym(words))
        {
            found |= WordClass.Demonym;
        }

        return found;
    }

    /// <summary>
    /// Whether <see cref="Lookup"/> finds <paramref name="words"/> a demonym, asking only the short list of
    /// demonyms: a plural ("Chileans") or a hyphenated pair of them ("Polish-American").
    /// </summary>
    private bool IsDemonym(ReadOnlySpan<char> words)
    {
        if (_gazetteer.IsDemonym(words) || (words.Length > 3 && words[^1] == 's' && _gazetteer.IsDemonym(words[..^1])))
        {
            return true;
        }

        var hyphen = words.IndexOf('-');
        return hyphen > 0 && IsDemonym(words[..hyphen]) && IsDemonym(words[(hyphen + 1)..]);
    }

    /// <summary>What the lists say about token <paramref name="index"/>'s name, looked up once per document.</summary>
    private WordClass Class(int index)
    {
        var known = _classes[index];
        if (known != WordClass.None)
        {
            return known;
        }

        return _classes[index] = Lookup(Name(index)) | WordClass.Known;
    }

    private static bool Is(WordClass wordClass, WordClass any) => (wordClass & any) != 0;

    private static Gender GenderOf(WordClass wordClass) => (wordClass & (WordClass.Male | WordClass.Female)) switch
    {
        WordClass.Male => Gender.Male,
        WordClass.Female => Gender.Female,
        _ => Gender.Unknown,
    };

    /// <summary>Whether the document also writes this word in lower case, which makes it an ordinary word.</summary>
    private bool IsLowerElsewhere(int index) => _lowerWords.ContainsLowered(Name(index));

    private bool IsLowerWord(int index) =>
        index >= 0 && index < _tokens.Count && _tokens[index].IsWord && !_tokens[index].Has(TokenFlags.Upper);

    /// <summary>The token count of the longest title that starts at <paramref name="start"/> and ends by <paramref name="end"/>; 0 when none does.</summary>
    private int TitleLength(int start, int end)
    {
        var first = Class(start);
        if (Is(first, WordClass.TitleStart))
        {
            for (var length = Math.Min(4, end - start + 1); length >= 2; length--)
            {
                if (Is(Lookup(Key(start, start + length - 1)), WordClass.Title))
                {
                    return length;
                }
            }
        }

        return Is(first, WordClass.Title) ? 1 : 0;
    }

    /// <summary>Words that cannot be a name after a title: places, peoples, months, ordinary words.</summary>
    private bool IsNotAName(int first, int last)
    {
        if (first == last)
        {
            return Is(Class(first), WordClass.Country | WordClass.Demonym | WordClass.Calendar) || IsLowerElsewhere(first);
        }

        return false;
    }

    /// <summary>"the Times", "the grey-haired Kelmont": "the" just before, or before at most two lower-case words.</summary>
    private bool PrecededByThe(int index)
    {
        for (var k = index - 1; k >= 0 && k >= index - 3; k--)
        {
            if (!_tokens[k].IsWord || !_tokens.Adjacent(k))
            {
                return false;
            }

            var word = _tokens[k].Span(_text);
            if (word.SequenceEqual("the") || word.SequenceEqual("The"))
            {
                return true;
            }

            if (_tokens[k].Has(TokenFlags.Upper))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"Story Code:" at the start of a line: a field's label, not a name (unless it starts with a given name).</summary>
    private bool IsFieldLabel(int first, int last) =>
        (first == 0 || _tokens[first].Has(TokenFlags.LineStart))
        && last + 1 < _tokens.Count && _tokens[last + 1].IsPunct(':')
        && !Is(Class(first), WordClass.GivenName);

    /// <summary>"Mara Ostrova, the director of ...".</summary>
    private bool AppositiveAfter(int last) =>
        _tokens.IsPunct(last + 1, ',') && IsLowerWord(last + 2) && Lexicon.AppositiveOpeners.Contains(_tokens[last + 2].Span(_text));

    /// <summary>"her Polish counterpart, Anna Brun".</summary>
    private bool AppositiveBefore(int first) =>
        _tokens.IsPunct(first - 1, ',') && IsLowerWord(first - 2) && Lexicon.RoleNouns.Contains(_tokens[first - 2].Span(_text));

    /// <summary>"Halden noted", "Halden, an analyst at ..., told me": a speech verb after the name or after its appositive.</summary>
    private bool SpeechAfter(int last)
    {
        if (IsSpeechVerb(last + 1))
        {
            return true;
        }

        // An appositive opens with a lower-case word ("the director of ..."); a capitalised one starts a list instead.
        if (!_tokens.IsPunct(last + 1, ',') || !IsLowerWord(last + 2))
        {
            return false;
        }

        var limit = Math.Min(_tokens.Count - 1, last + 40);
        for (var k = last + 2; k < limit; k++)
        {
            ref var token = ref _tokens[k];
            if (token.Kind is TokenKind.OpenQuote or TokenKind.CloseQuote or TokenKind.StraightQuote || token.IsPunct('.') || token.IsPunct(';'))
            {
                return false;
            }

            if (token.IsPunct(',') && IsSpeechVerb(k + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"according to Oduya".</summary>
    private bool AccordingToBefore(int first) =>
        _tokens.Is(first - 1, "to") && (_tokens.Is(first - 2, "according") || _tokens.Is(first - 2, "According"));

    private bool IsSpeechVerb(int index) => IsLowerWord(index) && Lexicon.SpeechVerbs.Contains(_tokens[index].Span(_text));

    /// <summary>"Osric Tamberlane departed": a verb right after the name.</summary>
    private bool ActionAfter(int last)
    {
        var next = last + 1;
        if (!IsLowerWord(next) || !_tokens.Adjacent(last))
        {
            return false;
        }

        var word = _tokens[next].Span(_text);
        return Lexicon.ActionVerbs.Contains(word) || Lexicon.SpeechVerbs.Contains(word) || (word.Length >= 5 && word.EndsWith("ed"));
    }

    /// <summary>"a demand to Tamberlane to leave": someone asked to do something.</summary>
    private bool ToVerbAfter(int last) =>
        _tokens.Is(last + 1, "to") && IsLowerWord(last + 2) && !IsConnector(last + 2)
        && !_tokens.Is(last + 2, "the") && _tokens.Adjacent(last);

    /// <summary>"Pellworth, Missouri": a place's name after a comma.</summary>
    private bool CommaPlaceAfter(int index)
    {
        if (!_tokens.IsPunct(index + 1, ',') || index + 2 >= _tokens.Count || !_tokens[index + 2].IsCapitalised)
        {
            return false;
        }

        if (Is(Class(index + 2), WordClass.Place | WordClass.Country | WordClass.PlaceAbbreviation))
        {
            return true;
        }

        return index + 3 < _tokens.Count && _tokens[index + 3].IsCapitalised && _tokens.Adjacent(index + 2)
            && Is(Lookup(Key(index + 2, index + 3)), WordClass.Place | WordClass.Country);
    }
}
