using System.Collections.ObjectModel;
using Pipeline.Core.Chains;

namespace Pipeline.Core.Engine;

/// <summary>
/// A chain with every step bound and configured: immutable, thread-safe, built once per configuration
/// version and reused for every document (see <see cref="Chains.ChainLoader"/>).
/// </summary>
public sealed class Chain
{
    internal Chain(ChainDefinition definition, IReadOnlyList<ChainStep> steps)
    {
        Definition = definition;
        Steps = new ReadOnlyCollection<ChainStep>([.. steps]);
    }

    public ChainDefinition Definition { get; }

    public string Name => Definition.Name;

    public IReadOnlyList<ChainStep> Steps { get; }

    /// <summary>Runs the chain on one document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="trace">Whether step results list every edit.</param>
    /// <param name="cancellationToken">Fires when the caller goes away or its deadline passes; the run then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The document after the chain, with <see cref="ChainResult.Failure"/> set when a failing step ended it.</returns>
    public Task<ChainResult> RunAsync(DocumentInput document, bool trace, CancellationToken cancellationToken) =>
        new ChainRun(this, document, trace, StepSupervisor.Unlimited).RunAsync(cancellationToken);

    /// <summary>Runs the chain on one document, its steps watched by <paramref name="supervisor"/>.</summary>
    /// <param name="document">The document.</param>
    /// <param name="trace">Whether step results list every edit.</param>
    /// <param name="supervisor">Counts abandoned steps and stops a step over its memory budget.</param>
    /// <param name="cancellationToken">Fires when the caller goes away or its deadline passes; the run then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The document after the chain, with <see cref="ChainResult.Failure"/> set when a failing step ended it.</returns>
    public Task<ChainResult> RunAsync(DocumentInput document, bool trace, StepSupervisor supervisor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(supervisor);
        return new ChainRun(this, document, trace, supervisor).RunAsync(cancellationToken);
    }
}
