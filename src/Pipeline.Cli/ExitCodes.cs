namespace Pipeline.Cli;

/// <summary>What docpipe's exit code says.</summary>
internal static class ExitCodes
{
    /// <summary>Everything succeeded.</summary>
    public const int Ok = 0;

    /// <summary>At least one document failed, or the chains file is invalid; the rest were processed.</summary>
    public const int Failed = 1;

    /// <summary>Nothing could be done: bad arguments, a missing file, or no service to talk to.</summary>
    public const int Unusable = 2;
}
