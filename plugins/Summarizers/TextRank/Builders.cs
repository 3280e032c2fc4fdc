namespace Pipeline.Plugins.Summarizers.TextRank;

/// <summary>
/// The term-vector builders of one step, lent to one document at a time: a step serves its documents
/// concurrently, and a builder used by one document alone needs no locks.
/// </summary>
internal sealed class Builders(TermOptions options)
{
    private readonly Stack<TermVectors.Builder> _idle = new();

    /// <summary>A burst of concurrent documents leaves no more builders behind than this.</summary>
    private static int MaxIdle => 2 * Environment.ProcessorCount;

    public TermVectors.Builder Rent()
    {
        lock (_idle)
        {
            if (_idle.TryPop(out var builder))
            {
                return builder;
            }
        }

        return new TermVectors.Builder(options);
    }

    /// <summary>Keeps a builder whose document went through; after an exception its state is unknown, so it is not returned.</summary>
    public void Return(TermVectors.Builder builder)
    {
        if (builder.Oversized)
        {
            return;
        }

        lock (_idle)
        {
            if (_idle.Count < MaxIdle)
            {
                _idle.Push(builder);
            }
        }
    }
}
