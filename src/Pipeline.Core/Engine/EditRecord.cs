namespace Pipeline.Core.Engine;

/// <summary>An edit as a trace shows it: where it lies in the submitted text (UTF-16), and what it did.</summary>
public sealed class EditRecord
{
    public required int OriginalStart { get; init; }

    public required int OriginalEnd { get; init; }

    public required string Removed { get; init; }

    public required string Inserted { get; init; }

    public required string Reason { get; init; }
}
