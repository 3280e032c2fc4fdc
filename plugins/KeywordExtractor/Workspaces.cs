namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>
/// The <see cref="Workspace"/>s of one step, lent to one document at a time: a step serves its documents
/// concurrently, and a workspace used by one document alone needs no locks.
/// </summary>
internal sealed class Workspaces
{
    private readonly bool _stem;
    private readonly Stack<Workspace> _idle = new();

    public Workspaces(bool stem) => _stem = stem;

    /// <summary>A burst of concurrent documents leaves no more workspaces behind than this.</summary>
    private static int MaxIdle => 2 * Environment.ProcessorCount;

    public Workspace Rent()
    {
        lock (_idle)
        {
            if (_idle.TryPop(out var workspace))
            {
                return workspace;
            }
        }

        return new Workspace(_stem);
    }

    public void Return(Workspace workspace)
    {
        if (workspace.Oversized)
        {
            workspace.Dispose();
            return;
        }

        lock (_idle)
        {
            if (_idle.Count < MaxIdle)
            {
                _idle.Push(workspace);
            }
        }
    }
}
