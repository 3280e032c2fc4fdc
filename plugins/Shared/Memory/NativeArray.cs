namespace Pipeline.Plugins.Shared.Memory;

/// <summary>
/// Per-document working storage outside the collected heap, given back to the system when disposed. A document's
/// tokens and per-token tables grow with its length (about 50 MB for an 8 MB article): as arrays from the shared pool
/// they stayed resident for as long as the host ran, and as collected arrays they would linger in the large-object
/// heap until a full collection, stacking up with the next step's.
/// </summary>
internal sealed unsafe class NativeArray<T> : IDisposable
    where T : unmanaged
{
    private T* _items;
    private bool _disposed;

    public NativeArray(int length)
    {
        Length = Math.Max(1, length);
        _items = (T*)NativeBlocks.Resize(null, 0, Bytes(Length));
    }

    ~NativeArray() => Free();

    /// <summary>The number of elements; 0 once disposed, so that a late access throws instead of reading freed memory.</summary>
    public int Length { get; private set; }

    public ref T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Length, nameof(index));
            return ref _items[index];
        }
    }

    public Span<T> AsSpan() => new(_items, Length);

    /// <summary>Makes room for <paramref name="length"/> elements, keeping the ones already written.</summary>
    public Span<T> Resize(int length)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _items = (T*)NativeBlocks.Resize(_items, Bytes(Length), Bytes(length));
        Length = length;
        return AsSpan();
    }

    public void Dispose()
    {
        _disposed = true;
        Free();
        GC.SuppressFinalize(this);
    }

    private static nuint Bytes(int length) => (nuint)length * (nuint)sizeof(T);

    private void Free()
    {
        NativeBlocks.Free(_items, Bytes(Length));
        _items = null;
        Length = 0;
    }
}
