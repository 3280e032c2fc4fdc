namespace Pipeline.Core.Text;

/// <summary>One edit a step recorded: replace [Start, End) of the text it saw with <see cref="Inserted"/>.</summary>
public sealed class TextEdit
{
    public TextEdit(int start, int end, string inserted, string reason)
    {
        Start = start;
        End = end;
        Inserted = inserted;
        Reason = reason;
    }

    /// <summary>UTF-16 index into the text the step saw.</summary>
    public int Start { get; }

    /// <summary>UTF-16 index just past the replaced range.</summary>
    public int End { get; }

    public string Inserted { get; }

    public string Reason { get; }
}
