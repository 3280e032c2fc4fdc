namespace Pipeline.Core.Engine;

/// <summary>Why a document failed; the host turns each into a status code.</summary>
public enum FailureKind
{
    /// <summary>The plugin threw or returned invalid results.</summary>
    StepFailed,

    /// <summary>The step ran past its timeout.</summary>
    StepTimedOut,

    /// <summary>The step refused the document as malformed or hostile.</summary>
    DocumentRejected,

    /// <summary>The managed heap grew past the step's memory budget while it ran, or the step ran out of memory.</summary>
    ResourceExhausted,
}
