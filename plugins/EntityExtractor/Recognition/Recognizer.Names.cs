using Pipeline.Plugins.EntityExtractor.Text;

namespace Pipeline.Plugins.EntityExtractor.Recognition;

/// <summary>The first pass's rules for runs that no list names whole: titles, given names, the words around a name.</summary>
internal sealed partial class Recognizer
{
    /// <summary>A title or rank followed by a name ("Supreme Leader Farid Halden"); the words before it are classified on their own.</summary>
    private bool TryTitle(int first, int last, bool afterThe)
    {
        for (var at = last - 1; at >= first; at--)
        {
            var length = TitleLength(at, last - 1);
            if (length == 0)
            {
                continue;
            }

            // The longest title that ends where this one does: "Major General", not "General".
            for (var earlier = first; earlier < at; earlier++)
            {
                if (TitleLength(earlier, at + length - 1) == at + length - earlier)
                {
                    length = at + length - earlier;
                    at = earlier;
                    break;
                }
            }

            var nameStart = at + length;
            var nameEnd = nameStart;
            while (nameEnd < last && !(IsConnector(nameEnd + 1) && !Is(Class(nameEnd + 1), WordClass.Particle)))
            {
                nameEnd++;
            }

            if (IsConnector(nameStart) || HasOrganizationHead(nameStart, nameEnd) || IsNotAName(nameStart, nameEnd))
            {
                continue;
            }

            var title = length == 1 ? Class(at) : Lookup(Key(at, at + length - 1));
            var gender = Is(title, WordClass.MaleTitle) ? Gender.Male : Is(title, WordClass.FemaleTitle) ? Gender.Female : Gender.Unknown;
            if (at > first)
            {
                Classify(first, at - 1, afterThe);
            }

            AddPerson(nameStart, nameEnd, 0.95, gender);
            if (nameEnd < last)
            {
                Classify(nameEnd + 1, last, afterThe: false);
            }

            return true;
        }

        return false;
    }

    /// <summary>Several capitalised words that are neither a place nor an organisation: a person's name, given evidence.</summary>
    private void Words(int first, int last, bool afterThe)
    {
        for (var k = first; k <= last; k++)
        {
            if (Is(Class(k), WordClass.Country | WordClass.PlaceAbbreviation | WordClass.Demonym | WordClass.Calendar))
            {
                // A list of separate names that no punctuation divides ("Chile Peru"): each on its own.
                for (var each = first; each <= last; each++)
                {
                    Classify(each, each, afterThe && each == first);
                }

                return;
            }
        }

        var laterLower = false;
        for (var k = first + 1; k <= last; k++)
        {
            laterLower |= IsLowerElsewhere(k);
        }

        if (laterLower)
        {
            return;
        }

        if (Is(Class(first), WordClass.GivenName))
        {
            AddPerson(first, last, 0.85, GenderOf(Class(first)));
            return;
        }

        // "Green MEP John Fendler": words that describe the person before a given name and a surname.
        for (var k = first + 1; k < last; k++)
        {
            if (Is(Class(k), WordClass.GivenName))
            {
                Classify(first, k - 1, afterThe);
                AddPerson(k, last, 0.85, GenderOf(Class(k)));
                return;
            }
        }

        if (IsLowerElsewhere(first))
        {
            return;
        }

        if (AppositiveAfter(last) || AppositiveBefore(first) || SpeechAfter(last) || AccordingToBefore(first))
        {
            AddPerson(first, last, 0.8, Gender.Unknown);
            return;
        }

        if (!afterThe && (ActionAfter(last) || (_tokens[last].Has(TokenFlags.Possessive) && last - first == 1)))
        {
            AddPerson(first, last, 0.6, Gender.Unknown);
            return;
        }

        _pending.Add(new Pending(PendingKind.Words, first, _tokens[first].Start, _tokens[last].NameEnd, afterThe));
    }

    /// <summary>One capitalised word: known lists first; unknown words wait for the rest of the document.</summary>
    private void Single(int index, bool afterThe)
    {
        ref var token = ref _tokens[index];
        var word = Name(index);
        var wordClass = Class(index);
        if (token.Has(TokenFlags.LowerTail))
        {
            // "Lyon-based", "U.K.-educated": the head may be a place, never a person.
            if (Is(wordClass, WordClass.Country | WordClass.Place | WordClass.PlaceAbbreviation))
            {
                Add(EntityKind.Location, index, index, 0.7);
            }

            return;
        }

        if (token.Has(TokenFlags.Hyphenated))
        {
            Parts(index);
            return;
        }

        if (Is(wordClass, WordClass.Title | WordClass.Calendar | WordClass.Demonym) || token.Has(TokenFlags.Dotted | TokenFlags.AllUpper) || word.Length < 2)
        {
            return;
        }

        _pending.Add(new Pending(Is(wordClass, WordClass.Place) ? PendingKind.Place : PendingKind.Unknown, index, token.Start, token.NameEnd, afterThe));
    }

    /// <summary>The capitalised parts of a hyphenated word ("Oduya-Fendler", "Polish-Chile"), each on its own.</summary>
    private void Parts(int index)
    {
        ref var token = ref _tokens[index];
        var start = token.Start;
        while (start < token.NameEnd)
        {
            var length = _text.AsSpan(start, token.NameEnd - start).IndexOfAny('-', '\u2010', '\u2011');
            var end = length < 0 ? token.NameEnd : start + length;
            var part = _text.AsSpan(start, end - start);
            var partClass = Lookup(part);
            if (part.Length >= 2 && char.IsUpper(part[0]) && !Is(partClass, WordClass.Demonym))
            {
                if (Is(partClass, WordClass.Country | WordClass.PlaceAbbreviation))
                {
                    _mentions.Add(new Mention { Kind = EntityKind.Location, Start = start, End = end, First = index, Last = index, Score = 0.8, Canonical = Id(part) });
                }
                else if (!Is(partClass, WordClass.Calendar))
                {
                    _pending.Add(new Pending(Is(partClass, WordClass.Place) ? PendingKind.Place : PendingKind.Part, index, start, end, false));
                }
            }

            start = end + 1;
        }
    }

    private void SplitAtConnectors(int first, int last, bool afterThe)
    {
        // "Ludwig van Beethoven": particles inside a person's name, after a given name.
        var onlyParticles = true;
        for (var k = first; k <= last; k++)
        {
            onlyParticles &= !IsConnector(k) || Is(Class(k), WordClass.Particle);
        }

        if (onlyParticles && Is(Class(first), WordClass.GivenName))
        {
            AddPerson(first, last, 0.8, GenderOf(Class(first)));
            return;
        }

        var start = first;
        for (var k = first; k <= last + 1; k++)
        {
            if (k > last || IsConnector(k))
            {
                if (k > start)
                {
                    Classify(start, k - 1, afterThe && start == first);
                }

                start = k + 1;
            }
        }
    }
}
