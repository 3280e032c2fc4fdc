namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>
/// The paper's post-processing: marks the selected words in the text and collapses each run of adjacent
/// ones into a keyphrase. A run stops at punctuation, a blank line, a possessive <c>'s</c>, and where a
/// lower-case word meets a name (<c>foreign minister | Javad Zarif</c>). With <c>complete</c> a run takes
/// in every candidate word around a selected one, so that a noun phrase is not cut where one of its words
/// ranked just below the top T (<c>upper bounds</c>, not <c>upper</c>).
/// </summary>
internal static class KeyphraseCollector
{
    /// <summary>Longer runs (lists of names, tables of terms) are cut into phrases of this many words.</summary>
    public const int MaxWords = 12;

    public static List<Keyphrase> Collect(List<Token> tokens, Vertices vertices, bool[] selected, double[] scores, Vocabulary vocabulary, bool complete)
    {
        var inRun = new bool[tokens.Count];
        for (var i = 0; i < inRun.Length; i++)
        {
            var vertex = vertices.OfToken[i];
            inRun[i] = vertex >= 0 && (complete || selected[vertex]);
        }

        var phrases = new Dictionary<string, Keyphrase>(StringComparer.Ordinal);
        var byKey = phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        var ordered = new List<Keyphrase>();
        var key = new Words();
        var form = new Words();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!inRun[i])
            {
                continue;
            }

            key.Clear();
            form.Clear();
            var score = 0.0;
            var first = i;
            var words = 0;
            var hasSelected = false;
            while (true)
            {
                var vertex = vertices.OfToken[i];
                key.Add(vertices.Key(vertex));
                form.Add(vocabulary[tokens[i].Word]);
                score += scores[vertex];
                hasSelected |= selected[vertex];
                if (++words == MaxWords || i + 1 >= tokens.Count || !inRun[i + 1] || !Joins(tokens, i, inRun))
                {
                    break;
                }

                i++;
            }

            if (!hasSelected)
            {
                continue;
            }

            if (!byKey.TryGetValue(key.Span, out var phrase))
            {
                var text = new string(key.Span);
                phrase = phrases[text] = new Keyphrase(text, score);
                ordered.Add(phrase);
            }

            phrase.Add(tokens[first].Start, tokens[i].End, form.Span);
        }

        return ordered;
    }

    /// <summary>
    /// Whether token <paramref name="i"/> and the token after it, both in a run, belong to one phrase. Where a lower-case
    /// word meets a capitalised one they do only if the capitalised words modify a lower-case noun after them
    /// (<c>linear Diophantine equations</c>), not when they are a name of their own (<c>minister | Javad Zarif</c>).
    /// </summary>
    private static bool Joins(List<Token> tokens, int i, bool[] inRun)
    {
        if (!Adjacent(tokens[i], tokens[i + 1]))
        {
            return false;
        }

        if (tokens[i].Has(TokenFlags.Capitalized) || !tokens[i + 1].Has(TokenFlags.Capitalized))
        {
            return true;
        }

        var next = i + 1;
        while (next + 1 < tokens.Count && inRun[next + 1] && Adjacent(tokens[next], tokens[next + 1]) && tokens[next + 1].Has(TokenFlags.Capitalized))
        {
            next++;
        }

        return next + 1 < tokens.Count && inRun[next + 1] && Adjacent(tokens[next], tokens[next + 1]);
    }

    private static bool Adjacent(Token left, Token right) => right.Has(TokenFlags.Adjacent) && !left.Has(TokenFlags.Possessive);

    /// <summary>Words joined by single spaces in a reused buffer, so that a phrase seen before costs no new string.</summary>
    private sealed class Words
    {
        private char[] _chars = new char[128];
        private int _length;

        public ReadOnlySpan<char> Span => _chars.AsSpan(0, _length);

        public void Clear() => _length = 0;

        public void Add(string word)
        {
            var needed = _length + 1 + word.Length;
            if (needed > _chars.Length)
            {
                Array.Resize(ref _chars, Math.Max(needed, _chars.Length * 2));
            }

            if (_length > 0)
            {
                _chars[_length++] = ' ';
            }

            word.CopyTo(_chars.AsSpan(_length));
            _length += word.Length;
        }
    }
}
