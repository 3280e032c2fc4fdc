namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>The graph's vertices: one per key (a stem, or the lower-cased word), numbered in order of first occurrence.</summary>
internal sealed class Vertices
{
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

    public static Vertices Build(List<Token> tokens, bool[] candidates, Vocabulary vocabulary)
    {
        var candidateCount = 0;
        foreach (var candidate in candidates)
        {
            candidateCount += candidate ? 1 : 0;
        }

        var vertices = new Vertices { OfToken = new int[tokens.Count], Sequence = new int[candidateCount], Positions = new int[candidateCount] };
        var document = vocabulary.Table.Document;
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

            var key = vocabulary.Known(tokens[i].Word).Key;
            if (key.Document != document)
            {
                key.Document = document;
                key.Vertex = vertices._keys.Count;
                vertices._keys.Add(key.Text);
            }

            vertices.OfToken[i] = key.Vertex;
            vertices.Positions[length] = position;
            vertices.Sequence[length++] = key.Vertex;
        }

        return vertices;
    }
}
