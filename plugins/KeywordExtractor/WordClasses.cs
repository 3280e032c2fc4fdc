using System.Buffers;

namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>Gives each word of a <see cref="Vocabulary"/> its <see cref="WordClass"/>.</summary>
internal static class WordClasses
{
    private static readonly SearchValues<char> Vowels = SearchValues.Create("aeiouy");

    public static WordClass Classify(string word)
    {
        if (char.IsDigit(word[0]) || !word.Any(char.IsLetter))
        {
            return WordClass.Number;
        }

        return Listed(word) ?? (word.Length < 2 ? WordClass.Closed : BySpelling(word));
    }

    private static WordClass? Listed(string word)
    {
        if (Lexicon.Determiners.Contains(word))
        {
            return WordClass.Determiner;
        }

        if (word == "to")
        {
            return WordClass.To;
        }

        if (Lexicon.Modals.Contains(word))
        {
            return WordClass.Modal;
        }

        if (Lexicon.Subjects.Contains(word))
        {
            return WordClass.Subject;
        }

        if (Lexicon.Prepositions.Contains(word))
        {
            return WordClass.Preposition;
        }

        if (Lexicon.Other.Contains(word))
        {
            return word.Any(char.IsDigit) || IsNumberWord(word) ? WordClass.Number : WordClass.Closed;
        }

        if (Lexicon.PastForms.Contains(word))
        {
            return WordClass.Past;
        }

        if (Lexicon.Verbs.Contains(word))
        {
            return WordClass.Verb;
        }

        return IsVerbS(word) ? WordClass.VerbS : null;
    }

    private static WordClass BySpelling(string word)
    {
        if (word.EndsWith("ing", StringComparison.Ordinal) && !Lexicon.IngNouns.Contains(word) && word.AsSpan(0, word.Length - 3).IndexOfAny(Vowels) >= 0)
        {
            return WordClass.Ing;
        }

        if (word.Length > 3 && word.EndsWith("ed", StringComparison.Ordinal) && !Lexicon.EdWords.Contains(word))
        {
            return WordClass.Past;
        }

        if (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && !Lexicon.LyWords.Contains(word))
        {
            return WordClass.Adverb;
        }

        foreach (var ending in Lexicon.AdjectiveEndings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return WordClass.Adjective;
            }
        }

        return WordClass.Open;
    }

    private static bool IsVerbS(string word)
    {
        if (word.Length < 4 || word[^1] != 's' || word[^2] == 's')
        {
            return false;
        }

        return Lexicon.Verbs.Contains(word[..^1])
            || (word.EndsWith("es", StringComparison.Ordinal) && Lexicon.Verbs.Contains(word[..^2]))
            || (word.EndsWith("ies", StringComparison.Ordinal) && Lexicon.Verbs.Contains(string.Concat(word.AsSpan(0, word.Length - 3), "y")));
    }

    private static bool IsNumberWord(string word) => word is "zero" or "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten"
        or "eleven" or "twelve" or "hundred" or "hundreds" or "thousand" or "thousands" or "million" or "millions" or "billion" or "billions" or "dozen" or "dozens"
        || word.EndsWith("teen", StringComparison.Ordinal) || word.EndsWith("ty", StringComparison.Ordinal);
}
