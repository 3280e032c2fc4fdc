using System.Globalization;
using System.Text;

namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>The graph's vertices: one per key (a stem, or the lower-cased word), numbered in order of first occurrence.</summary>
internal sealed class Vertices
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _keys = [];

    private Vertices()
    {
    }

    public int Count => _keys.Count;

    public string Key(int vertex) => _keys[vertex];

    /// <summary>The vertex of each candidate token, -1 for the others.</summary>
    public int[] OfToken { get; private init; } = [];

    /// <summary>The vertices of the candidate tokens in text order.</summary>
    public int[] Sequence { get; private init; } = [];

    /// <summary>
    /// The position in the text of each entry of <see cref="Sequence"/>, counted in words, where punctuation, a
    /// possessive <c>'s</c> or a paragraph break between two words counts as one more: the paper's window is
    /// measured in the text (<c>linear Diophantine equations, strict inequations</c> links <c>equations</c>
    /// to <c>Diophantine</c> but not to <c>strict</c>).
    /// </summary>
    public int[] Positions { get; private init; } = [];

    public static Vertices Build(List<Token> tokens, bool[] candidates, Vocabulary vocabulary, bool stem)
    {
        var ofWord = new int[vocabulary.Count];
        Array.Fill(ofWord, -1);
        var stemmer = stem ? new WordStemmer() : null;
        var candidateCount = candidates.Count(c => c);
        var vertices = new Vertices { OfToken = new int[tokens.Count], Sequence = new int[candidateCount], Positions = new int[candidateCount] };
        var length = 0;
        var position = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            position += i > 0 && (!tokens[i].Has(TokenFlags.Adjacent) || tokens[i - 1].Has(TokenFlags.Possessive)) ? 2 : 1;
            if (!candidates[i])
            {
                vertices.OfToken[i] = -1;
                continue;
            }

            var word = tokens[i].Word;
            if (ofWord[word] < 0)
            {
                var folded = Fold(vocabulary[word]);
                var key = stemmer?.Stem(folded) ?? folded;
                ofWord[word] = vertices.Add(key);
            }

            vertices.OfToken[i] = ofWord[word];
            vertices.Positions[length] = position;
            vertices.Sequence[length++] = ofWord[word];
        }

        return vertices;
    }

    /// <summary>Drops diacritics, so that <c>coöperation</c> and <c>cooperation</c> are one word.</summary>
    private static string Fold(string word)
    {
        if (Ascii.IsValid(word))
        {
            return word;
        }

        var decomposed = word.Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                kept.Append(c);
            }
        }

        return kept.ToString().Normalize(NormalizationForm.FormC);
    }

    private int Add(string key)
    {
        if (!_ids.TryGetValue(key, out var id))
        {
            id = _keys.Count;
            _keys.Add(key);
            _ids.Add(key, id);
        }

        return id;
    }
}
