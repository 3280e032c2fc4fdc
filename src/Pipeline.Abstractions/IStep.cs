namespace Pipeline.Abstractions;

/// <summary>A configured plugin: one step of a chain, run once per document.</summary>
public interface IStep
{
    /// <summary>Reads the document from <paramref name="context"/> and records edits, metadata, annotations or a summary on it.</summary>
    /// <remarks>
    /// One step object serves every document of its chain, concurrently: keep per-document state in locals.
    /// The engine applies what the step recorded only when this method completes without an exception;
    /// on any exception (or a <see cref="DocumentRejectedException"/>) everything the step recorded is
    /// discarded, the step is reported as failed, and the chain's <c>onError</c> decides what happens next.
    /// The host never crashes on a step's exception. Observe <paramref name="cancellationToken"/>: it fires
    /// at the step's <c>timeoutMs</c> and when the caller goes away; a step that ignores it is abandoned and
    /// its results are discarded. Do not keep <paramref name="context"/> after returning.
    /// </remarks>
    ValueTask RunAsync(IStepContext context, CancellationToken cancellationToken);
}
