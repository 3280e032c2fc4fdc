namespace Pipeline.Core.Documents;

/// <summary>A submitted document that cannot be taken as given (both text and data, an unknown charset); the message says why.</summary>
public sealed class DocumentFormatException : Exception
{
    public DocumentFormatException()
    {
    }

    public DocumentFormatException(string message)
        : base(message)
    {
    }

    public DocumentFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
