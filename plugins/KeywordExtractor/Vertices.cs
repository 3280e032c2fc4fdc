namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>The graph's vertices: one per key (a stem, or the lower-cased word), numbered in order of first occurrence.</summary>
internal sealed class Vertices
{
    private readonly List<string> _keys = [];
    private int[] _ofToken = [];
    private int[] _sequence = [];
    private int[] _positions = [];
    private int _tokens;
    private int _candidates;

    public int Count => _keys.Count;

    /// <summary>The vertex of each candidate token, -1 for the others.</summary>
    public ReadOnlySpan<int> OfToken => _ofToken.AsSpan(0, _tokens);

    /// <summary>The vertices of the candidate tokens in text order.</summary>
    public ReadOnlySpan<int> Sequence => _sequence.AsSpan(0, _candidates);

    /// <summary>
    /// The position in the text of each entry of <see cref="Sequence"/>, counted in words, where punctuation, a
    /// possessive <c>'s</c> or a paragraph break between two words counts as one more: the paper's window is
    /// measured in the text (<c>linear Diophantine equations, strict inequations</c> links <c>equations</c>
    /// to <c>Diophantine</c> but not to <c>strict</c>).
    /// </summary>
    public ReadOnlySpan<int> Positions => _positions.AsSpan(0, _candidates);

    public string Key(int vertex) => _keys[vertex];

    /// <summary>Numbers the keys of the candidate <paramref name="tokens"/> of a new document.</summary>
    public void Build(List<Token> tokens, ReadOnlySpan<bool> candidates, Vocabulary vocabulary)
    {
        _candidates = 0;
        foreach (var candidate in candidates)
        {
            _candidates += candidate ? 1 : 0;
        }

        _tokens = tokens.Count;
        var ofToken = Scratch.Take(ref _ofToken, _tokens);
        var sequence = Scratch.Take(ref _sequence, _candidates);
        var positions = Scratch.Take(ref _positions, _candidates);
        _keys.Clear();
        var document = vocabulary.Table.Document;
        var length = 0;
        var position = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            position += i > 0 && (!tokens[i].Has(TokenFlags.Adjacent) || tokens[i - 1].Has(TokenFlags.Possessive)) ? 2 : 1;
            if (!candidates[i])
            {
                ofToken[i] = -1;
                continue;
            }

            var key = vocabulary.Known(tokens[i].Word).Key;
            if (key.Document != document)
            {
                key.Document = document;
                key.Vertex = _keys.Count;
                _keys.Add(key.Text);
            }

            ofToken[i] = key.Vertex;
            positions[length] = position;
            sequence[length++] = key.Vertex;
        }
    }
}
