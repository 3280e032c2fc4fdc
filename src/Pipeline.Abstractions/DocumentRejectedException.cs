namespace Pipeline.Abstractions;

/// <summary>
/// Thrown by a step when the document itself is unacceptable (malformed, hostile, too deep), as opposed to
/// the step failing. The host answers <c>INVALID_ARGUMENT</c> with this message instead of <c>INTERNAL</c>.
/// </summary>
public sealed class DocumentRejectedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DocumentRejectedException()
    {
    }

    /// <summary>Creates the exception with a message the caller will read.</summary>
    public DocumentRejectedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public DocumentRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
