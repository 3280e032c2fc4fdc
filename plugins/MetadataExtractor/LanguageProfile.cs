using System.Globalization;
using System.Text;

namespace Pipeline.Plugins.MetadataExtractor;

/// <summary>Scores a text against the stop-word lists of the chosen languages in one pass over its words.</summary>
internal sealed class LanguageProfile
{
    // No stop word is longer; longer words are counted as words and never looked up.
    private const int MaxStopWordLength = 16;

    // Past this many words a clear lead no longer changes: a news article's first paragraphs decide its language,
    // and reading the rest cost most of the step's time.
    private const int DecisiveWords = 256;

    // A lead is clear when the best language has this many hits and at least twice the runner-up's.
    private const int DecisiveHits = 32;

    private readonly string[] _codes;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _languagesOf;

    public LanguageProfile(IReadOnlyList<string>? codes)
    {
        if (codes is null || codes.Count == 0)
        {
            throw new ArgumentException("languages must name at least one language");
        }

        _codes = [.. codes.Select(code => code?.Trim().ToLowerInvariant() ?? string.Empty).Distinct(StringComparer.Ordinal)];
        var unknown = _codes.Where(code => !StopWords.Lists.ContainsKey(code)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"languages: {string.Join(", ", unknown.Select(c => $"'{c}'"))} not supported; choose from {string.Join(", ", StopWords.Codes)}");
        }

        // Each word maps to the bit set of the languages that list it.
        var languagesOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _codes.Length; i++)
        {
            foreach (var word in StopWords.Lists[_codes[i]].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                languagesOf[word] = languagesOf.GetValueOrDefault(word) | (1 << i);
            }
        }

        _languagesOf = languagesOf.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// Counts, over the first <paramref name="maxWords"/> words, each language's stop-word hits; stops early, past
    /// <see cref="DecisiveWords"/> words, once one language leads clearly.
    /// </summary>
    public LanguageScore Score(string text, int maxWords, CancellationToken cancellationToken)
    {
        var hits = new int[_codes.Length];
        Span<char> lower = stackalloc char[MaxStopWordLength];
        var words = 0;
        var position = 0;
        while (words < maxWords && position < text.Length)
        {
            var start = position;
            while (start < text.Length && !IsWordCharacter(text[start]))
            {
                start++;
            }

            var end = start;
            while (end < text.Length && IsWordCharacter(text[end]))
            {
                end++;
            }

            position = end;
            if (end == start)
            {
                break;
            }

            if (++words % 64 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (words >= DecisiveWords && Decisive(hits))
                {
                    break;
                }
            }

            var word = text.AsSpan(start, end - start);
            if (word.Length <= MaxStopWordLength && Lookup(word, lower) is var languages and not 0)
            {
                for (var i = 0; i < hits.Length; i++)
                {
                    hits[i] += (languages >> i) & 1;
                }
            }
        }

        return new LanguageScore(_codes, hits, words);
    }

    private static bool Decisive(ReadOnlySpan<int> hits)
    {
        var (best, runnerUp) = (0, 0);
        foreach (var count in hits)
        {
            if (count > best)
            {
                (runnerUp, best) = (best, count);
            }
            else if (count > runnerUp)
            {
                runnerUp = count;
            }
        }

        return best >= DecisiveHits && best >= 2 * runnerUp;
    }

    private int Lookup(ReadOnlySpan<char> word, Span<char> lower)
    {
        var length = word.ToLowerInvariant(lower);
        var key = lower[..length];

        // Decomposed accents ("e" + U+0301) are rare in scraped text; compose them before looking up.
        if (key.ContainsAnyInRange('\u0300', '\u036F'))
        {
            return _languagesOf.Dictionary.GetValueOrDefault(key.ToString().Normalize(NormalizationForm.FormC));
        }

        return _languagesOf.TryGetValue(key, out var languages) ? languages : 0;
    }

    private static bool IsWordCharacter(char c) =>
        char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
