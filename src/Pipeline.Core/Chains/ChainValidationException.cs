namespace Pipeline.Core.Chains;

/// <summary>Chain JSON that cannot be used, with every located error.</summary>
public sealed class ChainValidationException : Exception
{
    public ChainValidationException(string source, IReadOnlyList<ChainValidationError> errors)
        : base($"{source} is invalid: " + string.Join("; ", errors))
    {
        Source = source;
        Errors = errors;
    }

    public ChainValidationException()
        : this("chain", [])
    {
    }

    public ChainValidationException(string message)
        : this(message, [])
    {
    }

    public ChainValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Source = message;
        Errors = [];
    }

    public new string Source { get; } = string.Empty;

    public IReadOnlyList<ChainValidationError> Errors { get; } = [];
}
