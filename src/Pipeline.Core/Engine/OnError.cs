namespace Pipeline.Core.Engine;

/// <summary>What a chain does when one of its steps fails or times out.</summary>
public enum OnError
{
    /// <summary>End the document's run with an error naming the step.</summary>
    Fail,

    /// <summary>Keep the document as it was before the step and go on with the next one.</summary>
    Skip,
}
