namespace Pipeline.Core.Chains;

/// <summary>One located error in chain JSON.</summary>
public sealed class ChainValidationError
{
    public ChainValidationError(string path, int line, int column, string message)
    {
        Path = path;
        Line = line;
        Column = column;
        Message = message;
    }

    /// <summary>JSON path of the offending value, e.g. <c>$.chains.news.steps[1].plugin</c>.</summary>
    public string Path { get; }

    /// <summary>1-based; 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>1-based; 0 when unknown.</summary>
    public int Column { get; }

    public string Message { get; }

    public override string ToString() =>
        Line > 0 ? $"{Path} (line {Line}, column {Column}): {Message}" : $"{Path}: {Message}";
}
