using Pipeline.Plugins.EntityExtractor.Text;

namespace Pipeline.Plugins.EntityExtractor.Recognition;

/// <summary>The second pass: what the first left open, decided once the document's full names are all known.</summary>
internal sealed partial class Recognizer
{
    /// <summary>Decides the words the first pass left open, once every full name of the document is known.</summary>
    private void ResolvePending()
    {
        // A word that speaks ("Halden noted") is a name even when the document never gives it in full.
        foreach (var pending in _pending.AsSpan())
        {
            if (pending.Kind == PendingKind.Unknown && !pending.AfterThe && SpeechAfter(pending.Token) && !IsLowerElsewhere(pending.Token))
            {
                _names.Add(String(_text.AsSpan(pending.Start, pending.End - pending.Start)), pending.Start, Gender.Unknown);
            }
        }

        foreach (var pending in _pending.AsSpan())
        {
            var name = _text.AsSpan(pending.Start, pending.End - pending.Start);
            if (_names.TryResolve(name, pending.Start, out var canonical, out var gender))
            {
                _mentions.Add(new Mention
                {
                    Kind = EntityKind.Person, Start = pending.Start, End = pending.End, First = pending.Token, Last = pending.Token,
                    Score = 0.8, Canonical = Id(canonical), Gender = gender,
                });
                continue;
            }

            if (pending.Kind == PendingKind.Place)
            {
                _mentions.Add(new Mention { Kind = EntityKind.Location, Start = pending.Start, End = pending.End, First = pending.Token, Last = pending.Token, Score = 0.7, Canonical = Id(name) });
            }
            else if (pending.Kind == PendingKind.Unknown)
            {
                Unknown(pending);
            }
        }
    }

    /// <summary>A capitalised word no list knows and no full name explains: a place or a person by the words around it, else nothing.</summary>
    private void Unknown(Pending pending)
    {
        var index = pending.Token;
        ref var token = ref _tokens[index];
        if (IsLowerElsewhere(index))
        {
            return;
        }

        var sentenceStart = token.Has(TokenFlags.SentenceStart);
        if (AccordingToBefore(index))
        {
            // "according to Oduya": a source, and one the document does not otherwise name in full.
            _mentions.Add(new Mention
            {
                Kind = EntityKind.Person, Start = pending.Start, End = pending.End, First = index, Last = index, Score = 0.7,
                Canonical = Id(_text.AsSpan(pending.Start, pending.End - pending.Start)),
            });
            return;
        }

        if (CommaPlaceAfter(index) || (!sentenceStart && index > 0 && IsLowerWord(index - 1) && Lexicon.PlacePrepositions.Contains(_tokens[index - 1].Span(_text))))
        {
            Add(EntityKind.Location, index, index, 0.5);
            return;
        }

        if (!sentenceStart && !pending.AfterThe && !token.Has(TokenFlags.Possessive) && (ActionAfter(index) || ToVerbAfter(index)))
        {
            _mentions.Add(new Mention
            {
                Kind = EntityKind.Person, Start = pending.Start, End = pending.End, First = index, Last = index, Score = 0.5,
                Canonical = Id(_text.AsSpan(pending.Start, pending.End - pending.Start)),
            });
        }
    }

    /// <summary>Gives every person the fullest name the document has for them, and a gender where one is known.</summary>
    private void ResolveCanonicalNames()
    {
        var mentions = _mentions.AsSpan();
        foreach (ref var mention in mentions)
        {
            if (mention.Kind != EntityKind.Person)
            {
                continue;
            }

            if (_names.TryResolve(_stringById[mention.Canonical], mention.Start, out var canonical, out var gender))
            {
                mention.Canonical = Id(canonical);
                mention.Gender = mention.Gender == Gender.Unknown ? gender : mention.Gender;
            }
        }
    }
}
