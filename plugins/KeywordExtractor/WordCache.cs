namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>
/// The <see cref="WordTable"/>s of one step, lent to one document at a time: a step serves its documents
/// concurrently, and a table written by one document alone needs no locks.
/// </summary>
internal sealed class WordCache
{
    private readonly bool _stem;
    private readonly Stack<WordTable> _idle = new();

    public WordCache(bool stem) => _stem = stem;

    /// <summary>A table for a new document; a burst of concurrent documents leaves no more tables behind than this.</summary>
    private static int MaxIdle => 2 * Environment.ProcessorCount;

    public WordTable Rent()
    {
        WordTable? table;
        lock (_idle)
        {
            _idle.TryPop(out table);
        }

        table ??= new WordTable(_stem);
        table.StartDocument();
        return table;
    }

    public void Return(WordTable table)
    {
        lock (_idle)
        {
            if (_idle.Count < MaxIdle)
            {
                _idle.Push(table);
            }
        }
    }
}
