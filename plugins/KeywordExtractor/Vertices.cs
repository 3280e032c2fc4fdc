using Pipeline.Plugins.Shared.Memory;

namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>The graph's vertices: one per key (a stem, or the lower-cased word), numbered in order of first occurrence.</summary>
internal sealed class Vertices : IDisposable
{
    private readonly List<string> _keys = [];
    private NativeArray<int>? _ofToken;
    private NativeArray<int>? _sequence;
    private NativeArray<int>? _positions;
    private int _tokens;
    private int _candidates;

    public int Count => _keys.Count;

    /// <summary>The vertex of each candidate token, -1 for the others.</summary>
    public ReadOnlySpan<int> OfToken => _ofToken is null ? [] : _ofToken.AsSpan()[.._tokens];

    /// <summary>The vertices of the candidate tokens in text order.</summary>
    public ReadOnlySpan<int> Sequence => _sequence is null ? [] : _sequence.AsSpan()[.._candidates];

    /// <summary>
    /// The position in the text of each entry of <see cref="Sequence"/>, counted in words, where punctuation, a
    /// possessive <c>'s</c> or a paragraph break between two words counts as one more: the paper's window is
    /// measured in the text (<c>linear Diophantine equations, strict inequations</c> links <c>equations</c>
    /// to <c>Diophantine</c> but not to <c>strict</c>).
    /// </summary>
    public ReadOnlySpan<int> Positions => _positions is null ? [] : _positions.AsSpan()[.._candidates];

    public string Key(int vertex) => _keys[vertex];

    public void Dispose()
    {
        _ofToken?.Dispose();
        _sequence?.Dispose();
        _positions?.Dispose();
    }

    /// <summary>Numbers the keys of the candidate <paramref name="tokens"/> of a new document.</summary>
    public void Build(ReadOnlySpan<Token> tokens, ReadOnlySpan<bool> candidates, Vocabulary vocabulary)
    {
        _candidates = 0;
        foreach (var candidate in candidates)
        {
            _candidates += candidate ? 1 : 0;
        }

        _tokens = tokens.Length;
        var ofToken = Scratch.Take(ref _ofToken, _tokens);
        var sequence = Scratch.Take(ref _sequence, _candidates);
        var positions = Scratch.Take(ref _positions, _candidates);
        _keys.Clear();
        var table = vocabulary.Table;
        var length = 0;
        var position = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            position += i > 0 && (!tokens[i].Has(TokenFlags.Adjacent) || tokens[i - 1].Has(TokenFlags.Possessive)) ? 2 : 1;
            if (!candidates[i])
            {
                ofToken[i] = -1;
                continue;
            }

            var key = table.Key(vocabulary.TableWord(tokens[i].Word));
            ref var stamp = ref table.KeyStamp(key);
            if (stamp.Document != table.Document)
            {
                stamp = new Stamp(table.Document, _keys.Count);
                _keys.Add(table.KeyText(key));
            }

            ofToken[i] = stamp.Number;
            positions[length] = position;
            sequence[length++] = stamp.Number;
        }
    }
}
