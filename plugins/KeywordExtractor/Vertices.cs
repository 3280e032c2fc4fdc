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

    /// <summary>The vertices of the candidate tokens in text order: the filtered sequence the window slides over.</summary>
    public int[] Sequence { get; private init; } = [];

    public static Vertices Build(List<Token> tokens, bool[] candidates, Vocabulary vocabulary, bool stem)
    {
        var ofWord = new int[vocabulary.Count];
        Array.Fill(ofWord, -1);
        var stemmer = stem ? new WordStemmer() : null;
        var vertices = new Vertices { OfToken = new int[tokens.Count], Sequence = new int[candidates.Count(c => c)] };
        var length = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
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
