using System.Text;

namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>
/// The paper's post-processing: marks the selected words in the text and collapses each run of adjacent
/// ones into a keyphrase. A run stops at punctuation, a blank line, a possessive <c>'s</c>, and where a
/// lower-case word meets a name (<c>foreign minister | Javad Zarif</c>).
/// </summary>
internal static class KeyphraseCollector
{
    /// <summary>Longer runs (lists of names, tables of terms) are cut into phrases of this many words.</summary>
    public const int MaxWords = 12;

    public static List<Keyphrase> Collect(List<Token> tokens, Vertices vertices, bool[] selected, double[] scores, Vocabulary vocabulary)
    {
        var phrases = new Dictionary<string, Keyphrase>(StringComparer.Ordinal);
        var ordered = new List<Keyphrase>();
        var key = new StringBuilder();
        var form = new StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsKept(vertices, selected, i))
            {
                continue;
            }

            key.Clear();
            form.Clear();
            var score = 0.0;
            var first = i;
            var words = 0;
            while (true)
            {
                var vertex = vertices.OfToken[i];
                key.Append(key.Length == 0 ? string.Empty : " ").Append(vertices.Key(vertex));
                form.Append(form.Length == 0 ? string.Empty : " ").Append(vocabulary[tokens[i].Word]);
                score += scores[vertex];
                if (++words == MaxWords || i + 1 >= tokens.Count || !IsKept(vertices, selected, i + 1) || !Joins(tokens, i, vertices, selected))
                {
                    break;
                }

                i++;
            }

            var text = key.ToString();
            if (!phrases.TryGetValue(text, out var phrase))
            {
                phrase = phrases[text] = new Keyphrase(text, score);
                ordered.Add(phrase);
            }

            phrase.Add(tokens[first].Start, tokens[i].End, form.ToString());
        }

        return ordered;
    }

    private static bool IsKept(Vertices vertices, bool[] selected, int token) =>
        vertices.OfToken[token] is >= 0 and var vertex && selected[vertex];

    /// <summary>
    /// Whether kept token <paramref name="i"/> and the kept token after it belong to one phrase. Where a lower-case
    /// word meets a capitalised one they do only if the capitalised words modify a lower-case noun after them
    /// (<c>linear Diophantine equations</c>), not when they are a name of their own (<c>minister | Javad Zarif</c>).
    /// </summary>
    private static bool Joins(List<Token> tokens, int i, Vertices vertices, bool[] selected)
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
        while (next + 1 < tokens.Count && IsKept(vertices, selected, next + 1) && Adjacent(tokens[next], tokens[next + 1]) && tokens[next + 1].Has(TokenFlags.Capitalized))
        {
            next++;
        }

        return next + 1 < tokens.Count && IsKept(vertices, selected, next + 1) && Adjacent(tokens[next], tokens[next + 1]);
    }

    private static bool Adjacent(Token left, Token right) => right.Has(TokenFlags.Adjacent) && !left.Has(TokenFlags.Possessive);
}
