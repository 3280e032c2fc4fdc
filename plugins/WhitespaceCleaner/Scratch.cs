using System.Buffers;

namespace Pipeline.Plugins.WhitespaceCleaner;

/// <summary>One pooled character buffer per document, reused for every replacement the pass builds.</summary>
internal sealed class Scratch : IDisposable
{
    private char[] _buffer = ArrayPool<char>.Shared.Rent(256);

    public int Length { get; set; }

    public ReadOnlySpan<char> Written => _buffer.AsSpan(0, Length);

    /// <summary>Empties the buffer and makes room for <paramref name="capacity"/> characters.</summary>
    public Span<char> Reset(int capacity)
    {
        Length = 0;
        if (_buffer.Length < capacity)
        {
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = ArrayPool<char>.Shared.Rent(capacity);
        }

        return _buffer;
    }

    public void Append(char c) => _buffer[Length++] = c;

    public void Append(ReadOnlySpan<char> chars)
    {
        chars.CopyTo(_buffer.AsSpan(Length));
        Length += chars.Length;
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = [];
    }
}
