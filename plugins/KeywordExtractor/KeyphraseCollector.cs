using Pipeline.Plugins.Shared.Memory;

namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>
/// The paper's post-processing: marks the selected words in the text and collapses each run of adjacent
/// ones into a keyphrase. A run stops at punctuation, a blank line, a possessive <c>'s</c>, and where a
/// lower-case word meets a name (<c>foreign minister | Javad Zarif</c>). With <c>complete</c> a run takes
/// in every candidate word around a selected one, so that a noun phrase is not cut where one of its words
/// ranked just below the top T (<c>upper bounds</c>, not <c>upper</c>).
/// </summary>
internal sealed class KeyphraseCollector : IDisposable
{
    /// <summary>Longer runs (lists of names, tables of terms) are cut into phrases of this many words.</summary>
    public const int MaxWords = 12;

    private readonly Dictionary<string, Keyphrase> _phrases = new(StringComparer.Ordinal);
    private readonly List<Keyphrase> _ordered = [];
    private readonly List<Keyphrase> _made = [];
    private readonly Words _key = new();
    private readonly Words _form = new();
    private readonly Ranking _ranking = new();
    private NativeArray<bool>? _inRun;
    private double[] _scores = [];

    public void Dispose() => _inRun?.Dispose();

    /// <summary>The keyphrases in order of first occurrence, ranked; the list is valid until the next call.</summary>
    public List<Keyphrase> Collect(ReadOnlySpan<Token> tokens, Vertices vertices, ReadOnlySpan<bool> selected, ReadOnlySpan<double> scores, Vocabulary vocabulary, bool complete)
    {
        var ofToken = vertices.OfToken;
        var inRun = Scratch.Take(ref _inRun, tokens.Length);
        for (var i = 0; i < inRun.Length; i++)
        {
            inRun[i] = ofToken[i] >= 0 && (complete || selected[ofToken[i]]);
        }

        _phrases.Clear();
        _ordered.Clear();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!inRun[i])
            {
                continue;
            }

            var score = 0.0;
            var first = i;
            var words = 0;
            var hasSelected = false;
            while (true)
            {
                var vertex = ofToken[i];
                score += scores[vertex];
                hasSelected |= selected[vertex];
                if (++words == MaxWords || i + 1 >= tokens.Length || !inRun[i + 1] || !Joins(tokens, i, inRun))
                {
                    break;
                }

                i++;
            }

            if (!hasSelected)
            {
                continue;
            }

            // A phrase of one word is spelt by strings that exist already; a longer one is spelt into the buffers.
            if (words == 1)
            {
                var key = vertices.Key(ofToken[first]);
                var word = vocabulary[tokens[first].Word];
                Phrase(key, key, score).Add(tokens[first].Start, tokens[first].End, word, word);
                continue;
            }

            _key.Clear();
            _form.Clear();
            for (var t = first; t <= i; t++)
            {
                _key.Add(vertices.Key(ofToken[t]));
                _form.Add(vocabulary[tokens[t].Word]);
            }

            Phrase(_key.Span, null, score).Add(tokens[first].Start, tokens[i].End, _form.Span, null);
        }

        Rank();
        return _ordered;
    }

    /// <summary>The phrase <paramref name="key"/>, new when not seen before in the document; <paramref name="text"/> is the key as a string when there is one.</summary>
    private Keyphrase Phrase(ReadOnlySpan<char> key, string? text, double score)
    {
        if (_phrases.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var phrase))
        {
            return phrase;
        }

        // Phrase objects are reused from earlier documents.
        if (_ordered.Count == _made.Count)
        {
            _made.Add(new Keyphrase());
        }

        phrase = _made[_ordered.Count];
        text ??= new string(key);
        phrase.Start(text, score);
        _phrases.Add(text, phrase);
        _ordered.Add(phrase);
        return phrase;
    }

    /// <summary>Ranks the phrases by score; equal scores keep the order of first occurrence.</summary>
    private void Rank()
    {
        var scores = Scratch.Take(ref _scores, _ordered.Count);
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = _ordered[i].Score;
        }

        var ranked = _ranking.Order(scores);
        for (var i = 0; i < ranked.Length; i++)
        {
            _ordered[ranked[i]].Rank = i + 1;
        }
    }

    /// <summary>
    /// Whether token <paramref name="i"/> and the token after it, both in a run, belong to one phrase. Where a lower-case
    /// word meets a capitalised one they do only if the capitalised words modify a lower-case noun after them
    /// (<c>linear Diophantine equations</c>), not when they are a name of their own (<c>minister | Javad Zarif</c>).
    /// </summary>
    private static bool Joins(ReadOnlySpan<Token> tokens, int i, ReadOnlySpan<bool> inRun)
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
        while (next + 1 < tokens.Length && inRun[next + 1] && Adjacent(tokens[next], tokens[next + 1]) && tokens[next + 1].Has(TokenFlags.Capitalized))
        {
            next++;
        }

        return next + 1 < tokens.Length && inRun[next + 1] && Adjacent(tokens[next], tokens[next + 1]);
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
