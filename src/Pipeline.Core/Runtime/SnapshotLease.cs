namespace Pipeline.Core.Runtime;

/// <summary>Holds a <see cref="PipelineSnapshot"/> in use until disposed.</summary>
public sealed class SnapshotLease : IDisposable
{
    private PipelineSnapshot? _snapshot;

    internal SnapshotLease(PipelineSnapshot snapshot) => _snapshot = snapshot;

    public PipelineSnapshot Snapshot => _snapshot ?? throw new ObjectDisposedException(nameof(SnapshotLease));

    public void Dispose() => Interlocked.Exchange(ref _snapshot, null)?.Release();
}
