using Pipeline.Plugins.Shared.Memory;

namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>
/// The syntactic filter: keeps the tokens that are nouns or adjectives. Without a tagger model it reads each
/// word's <see cref="WordClass"/> and the word before it, the way a rule-based tagger's contextual rules do:
/// a bare verb form after a determiner is a noun (<c>the deal</c>), after a modal or <c>to</c> a verb
/// (<c>will deal</c>); an <c>-ing</c> form between a determiner or adjective and a noun is an adjective.
/// Capitalised words inside a sentence are proper nouns.
/// </summary>
internal sealed class CandidateFilter : IDisposable
{
    private NativeArray<bool>? _selected;
    private bool[] _capitalised = [];
    private bool[] _lower = [];

    /// <summary>Whether each token is a candidate; valid until the next call.</summary>
    public ReadOnlySpan<bool> Select(ReadOnlySpan<Token> tokens, Vocabulary vocabulary)
    {
        var classes = vocabulary.Classes;
        var proper = ProperEverywhere(tokens, vocabulary.Count);
        var selected = Scratch.Take(ref _selected, tokens.Length);
        selected.Clear();
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Word < 0)
            {
                continue;
            }

            var word = classes[token.Word];
            if (IsFunctionWord(word))
            {
                continue;
            }

            var before = i > 0 && token.Has(TokenFlags.Adjacent) ? tokens[i - 1] : default(Token?);
            var previous = before is { Word: >= 0 } p ? classes[p.Word] : WordClass.Closed;
            var context = new Context(previous, before is { } b && b.Has(TokenFlags.Possessive), before is not null && selected[i - 1]);
            selected[i] = IsProper(token, proper) || word switch
            {
                WordClass.Open => OpenWord(token, vocabulary[token.Word], context),
                WordClass.Adjective => context.Previous != WordClass.Modal,
                WordClass.Verb => context.IntroducesNoun || context.Previous == WordClass.Preposition || (context.PreviousSelected && !IsPlural(before, classes, vocabulary)),
                WordClass.VerbS => context.IntroducesNoun || (context.PreviousSelected && context.Previous is WordClass.Adjective or WordClass.Ing),
                WordClass.Ing => (context.IntroducesNoun || (context.PreviousSelected && context.Previous is WordClass.Adjective or WordClass.Ing)) && !StartsAPhrase(tokens, i, classes, vocabulary),
                _ => false,
            };
        }

        return selected;
    }

    public void Dispose() => _selected?.Dispose();

    /// <summary>Never a candidate, not even capitalised.</summary>
    private static bool IsFunctionWord(WordClass word) =>
        word is WordClass.Closed or WordClass.Determiner or WordClass.Preposition or WordClass.To or WordClass.Modal or WordClass.Subject or WordClass.Number;

    /// <summary>A capitalised word inside a sentence, or one that the document only ever writes capitalised, or an acronym.</summary>
    private static bool IsProper(Token token, ReadOnlySpan<bool> proper) =>
        token.Has(TokenFlags.Acronym) || (token.Has(TokenFlags.Capitalized) && (!token.Has(TokenFlags.SentenceStart) || proper[token.Word]));

    private static bool OpenWord(Token token, string word, Context context) => context.Previous switch
    {
        WordClass.Modal => false,
        WordClass.To or WordClass.Subject => context.IntroducesNoun || token.Has(TokenFlags.Capitalized) || HasNominalEnding(word),
        _ => true,
    };

    private static bool HasNominalEnding(string word)
    {
        foreach (var ending in Lexicon.NominalEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A plural noun before a bare verb form is its subject (<c>batteries fail</c>); a singular one makes a compound (<c>price cap</c>).</summary>
    private static bool IsPlural(Token? token, ReadOnlySpan<WordClass> classes, Vocabulary vocabulary)
    {
        if (token is not { Word: >= 0 } t || classes[t.Word] == WordClass.Adjective)
        {
            return false;
        }

        var word = vocabulary[t.Word];
        return word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i');
    }

    /// <summary>Whether the word after token <paramref name="i"/> starts a noun phrase of its own, which makes the <c>-ing</c> form a verb taking it as object.</summary>
    private static bool StartsAPhrase(ReadOnlySpan<Token> tokens, int i, ReadOnlySpan<WordClass> classes, Vocabulary vocabulary)
    {
        if (i + 1 >= tokens.Length || !tokens[i + 1].Has(TokenFlags.Adjacent) || tokens[i + 1].Word < 0)
        {
            return false;
        }

        var next = tokens[i + 1].Word;
        return classes[next] == WordClass.Determiner || Lexicon.Objects.Contains(vocabulary[next]);
    }

    /// <summary>Words seen capitalised inside sentences and never in lower case: proper nouns even at a sentence's start.</summary>
    private ReadOnlySpan<bool> ProperEverywhere(ReadOnlySpan<Token> tokens, int words)
    {
        var capitalised = Scratch.Take(ref _capitalised, words);
        var lower = Scratch.Take(ref _lower, words);
        capitalised.Clear();
        lower.Clear();
        foreach (var token in tokens)
        {
            if (token.Word < 0)
            {
                continue;
            }

            if (!token.Has(TokenFlags.Capitalized))
            {
                lower[token.Word] = true;
            }
            else if (!token.Has(TokenFlags.SentenceStart))
            {
                capitalised[token.Word] = true;
            }
        }

        for (var i = 0; i < words; i++)
        {
            capitalised[i] &= !lower[i];
        }

        return capitalised;
    }

    /// <param name="Previous">The class of the word just before, or <see cref="WordClass.Closed"/> after punctuation.</param>
    /// <param name="PossessiveBefore">The word before ends in <c>'s</c>.</param>
    /// <param name="PreviousSelected">The word before passed the filter.</param>
    private readonly record struct Context(WordClass Previous, bool PossessiveBefore, bool PreviousSelected)
    {
        /// <summary>A determiner, number or possessive comes just before: a noun phrase has started.</summary>
        public bool IntroducesNoun => Previous is WordClass.Determiner or WordClass.Number || PossessiveBefore;
    }
}
