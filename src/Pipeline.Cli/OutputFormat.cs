namespace Pipeline.Cli;

/// <summary>How results are written to standard output.</summary>
internal enum OutputFormat
{
    /// <summary>A readable report on a terminal, JSON lines when the output is redirected.</summary>
    Auto,

    /// <summary>One JSON object per line, in the proto's canonical JSON mapping.</summary>
    Jsonl,

    /// <summary>A readable report.</summary>
    Report,
}
