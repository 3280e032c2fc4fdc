namespace Pipeline.Plugins.Shared.Memory;

/// <summary>
/// A list in <see cref="NativeArray{T}"/> storage: for per-document tables that grow with the text, which as
/// collected arrays would be fresh large-object allocations on every long document.
/// </summary>
internal sealed class NativeList<T> : IDisposable
    where T : unmanaged
{
    private readonly NativeArray<T> _items;

    public NativeList(int capacity = 64)
    {
        _items = new NativeArray<T>(capacity);
    }

    public int Count { get; private set; }

    public int Capacity => _items.Length;

    public ref T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return ref _items[index];
        }
    }

    public Span<T> AsSpan() => _items.AsSpan()[..Count];

    public void Add(in T item)
    {
        if (Count == _items.Length)
        {
            _items.Resize(_items.Length * 2);
        }

        _items.AsSpan()[Count++] = item;
    }

    /// <summary>Makes room for <paramref name="capacity"/> items in all, so that a list of known size never grows by copying.</summary>
    public void EnsureCapacity(int capacity)
    {
        if (capacity > _items.Length)
        {
            _items.Resize(capacity);
        }
    }

    public void Clear() => Count = 0;

    public void Dispose()
    {
        _items.Dispose();
        Count = 0;
    }
}
