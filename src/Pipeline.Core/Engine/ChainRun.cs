using System.Diagnostics;
using Pipeline.Abstractions;
using Pipeline.Core.Documents;
using Pipeline.Core.Text;

namespace Pipeline.Core.Engine;

/// <summary>One document's way through a chain: runs each step, then checks and applies what it recorded.</summary>
internal sealed partial class ChainRun
{
    private readonly Chain _chain;
    private readonly DocumentInput _document;
    private readonly bool _trace;
    private readonly StepSupervisor _supervisor;
    private readonly string _mediaType;
    private string _text;

    // Set once a converter has read the pages of a binary document: original offsets then point into them.
    private SourcePages? _pages;

    // Copied on write: steps read the dictionary they were handed while the engine may already have moved on
    // (an abandoned step still runs), so the engine never changes one it has handed out.
    private Dictionary<string, string> _metadata;
    private List<Annotation> _annotations = [];
    private Summary? _summary;
    private EditMap _map;

    public ChainRun(Chain chain, DocumentInput document, bool trace, StepSupervisor supervisor)
    {
        _supervisor = supervisor;
        _chain = chain;
        _document = document;
        _trace = trace;
        _text = document.Text;
        _mediaType = MediaTypes.EssenceOf(document.MediaType) is { Length: > 0 } essence ? essence : MediaTypes.PlainText;
        _metadata = new Dictionary<string, string>(document.Metadata, StringComparer.Ordinal);
        _map = EditMap.Identity(document.Text.Length);
    }

    public async Task<ChainResult> RunAsync(CancellationToken cancellationToken)
    {
        var results = new List<StepResult>(_chain.Steps.Count);
        ChainFailure? failure = null;
        var next = 0;
        while (next < _chain.Steps.Count)
        {
            // The steps run one after another on one thread-pool thread, without a hand-off per step. A step
            // still running when its token fires (timeout, memory budget, caller gone) is left to that thread,
            // and the steps after it go on from here on a new one.
            var segment = new Segment(this, next, results, failure, cancellationToken);
            var worker = Task.Run(segment.WorkAsync, CancellationToken.None);
            segment.Worker = worker;
            var stoppedAt = await segment.Ended;
            failure = segment.Failure;
            if (stoppedAt == Segment.Finished)
            {
                break;
            }

            var stopped = segment.Current!;
            stopped.Context.Close();
            stopped.Watch.Dispose();
            stopped.Timeout.Dispose();
            _supervisor.Abandon(worker);
            cancellationToken.ThrowIfCancellationRequested();
            var step = _chain.Steps[stoppedAt];
            var (result, stepFailure) = Stopped(step, stopped.Watch, stopped.Started);
            results.Add(result);
            if (stepFailure is not null && step.Definition.OnError == OnError.Fail)
            {
                failure = stepFailure;
            }

            next = stoppedAt + 1;
        }

        return new ChainResult
        {
            DocumentId = _document.Id,
            OriginalText = _pages?.Text ?? _document.Text,
            SourcePages = _pages,
            Text = _text,
            Metadata = _metadata,
            Annotations = _annotations.AsReadOnly(),
            Summary = _summary,
            Steps = results,
            Map = _map,
            Failure = failure,
        };
    }

    private static StepResult NotRun(ChainStep step, ChainFailure failure) => new()
    {
        StepId = step.Id,
        Plugin = step.Plugin.Name,
        Outcome = StepOutcome.Skipped,
        Message = $"not run: step '{failure.StepId}' failed",
    };

    private static StepResult NotApplicable(ChainStep step, string why) => new()
    {
        StepId = step.Id,
        Plugin = step.Plugin.Name,
        Outcome = StepOutcome.NotApplicable,
        Message = why,
    };

    /// <summary>Why a step may not set this document's source text now; null when it may.</summary>
    private string? SourceRefused() =>
        _pages is not null ? "a converter already set this document's source text"
        : _document.Data.IsEmpty ? "only a document that came as binary data (Document.data) gets its text from a converter"
        : _text.Length > 0 ? $"the document already has text ({_text.Length} characters)"
        : null;

    private RunningStep Start(ChainStep step, CancellationToken cancellationToken)
    {
        var context = new StepContext(
            _document.Id,
            _text,
            _mediaType,
            _document.Data,
            _metadata,
            _annotations.AsReadOnly(),
            _summary,
            SourceRefused());
        var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(step.Definition.Timeout);
        return new RunningStep(context, timeout, _supervisor.Watch(timeout), Stopwatch.GetTimestamp());
    }

    /// <summary>Runs a step on the calling thread; what it throws comes back as the task's exception.</summary>
    private Task Invoke(ChainStep step, RunningStep running)
    {
        PluginConsole.Enter(step.Describe(), _supervisor.ConsoleLogger);
        try
        {
            var run = step.Step.RunAsync(running.Context, running.Timeout.Token);
            return run.IsCompletedSuccessfully ? Task.CompletedTask : run.AsTask();
        }
        catch (Exception ex)
        {
            return Task.FromException(ex);
        }
    }

    /// <summary>Looks at how a step that returned ended, and applies what it recorded when it went well.</summary>
    private (StepResult Result, ChainFailure? Failure) Complete(ChainStep step, Task run, RunningStep running, CancellationToken cancellationToken)
    {
        var (context, timeout, watch, started) = (running.Context, running.Timeout, running.Watch, running.Started);
        var elapsed = Stopwatch.GetElapsedTime(started);
        context.Close();
        if (run.IsCanceled)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Stopped(step, watch, started);
        }

        if (run.Exception?.InnerException is { } error)
        {
            if (error is OperationCanceledException && timeout.IsCancellationRequested)
            {
                cancellationToken.ThrowIfCancellationRequested();
                return Stopped(step, watch, started);
            }

            if (error is OutOfMemoryException)
            {
                return Failed(step, elapsed, $"{step.Describe()} ran out of memory: {error.Message}", FailureKind.ResourceExhausted);
            }

            var rejected = error is DocumentRejectedException;
            var message = rejected
                ? $"{step.Describe()} rejected the document: {error.Message}"
                : $"{step.Describe()} failed: {error.GetType().Name}: {error.Message}";
            return Failed(step, elapsed, message, rejected ? FailureKind.DocumentRejected : FailureKind.StepFailed, errorType: error.GetType().Name);
        }

        var edits = StepOutputCheck.Sorted(context.Edits);
        var problem = StepOutputCheck.Find(context, edits);
        if (problem is not null)
        {
            return Failed(step, elapsed, $"{step.Describe()} returned invalid results: {problem}", FailureKind.StepFailed);
        }

        var changes = Apply(step, context, edits);
        return (new StepResult
        {
            StepId = step.Id,
            Plugin = step.Plugin.Name,
            Outcome = StepOutcome.Ok,
            Duration = elapsed,
            EditCount = context.Edits.Count,
            Changes = changes,
        }, null);
    }

    private List<EditRecord> Apply(ChainStep step, StepContext context, IReadOnlyList<TextEdit> edits)
    {
        if (context.SourceSet is { } pages)
        {
            // The converter's pages replace the empty text; its edits, made after, refer to them.
            _pages = pages;
            _text = pages.Text;
            _map = EditMap.Identity(pages.Text.Length);
        }

        if (context.MetadataSet.Count > 0)
        {
            _metadata = new Dictionary<string, string>(_metadata, StringComparer.Ordinal);
            foreach (var (key, value) in context.MetadataSet)
            {
                _metadata[key] = value;
            }
        }

        var changes = _trace ? Describe(edits) : [];
        var shift = edits.Count > 0 ? new PositionShift(edits) : null;
        if (shift is not null)
        {
            _text = Rewrite(_text, edits);
            _map = _map.Apply(edits);
        }

        if (shift is not null || context.Added.Count > 0)
        {
            // Without edits the annotations so far stay where they are, in order: only the new ones are merged in.
            var kept = _annotations;
            if (shift is not null)
            {
                kept = new List<Annotation>(_annotations.Count);
                foreach (var annotation in _annotations)
                {
                    AddMoved(kept, annotation, annotation.Plugin, shift);
                }

                kept = AnnotationOrder.Sorted(kept);
            }

            var added = new List<Annotation>(context.Added.Count);
            foreach (var annotation in context.Added)
            {
                AddMoved(added, annotation, step.Plugin.Name, shift);
            }

            _annotations = AnnotationOrder.Merge(kept, AnnotationOrder.Sorted(added));
        }

        var summary = context.SummarySet ?? _summary;
        if (summary is not null && (shift is not null || context.SummarySet is not null))
        {
            _summary = new Summary
            {
                Text = summary.Text,
                Plugin = context.SummarySet is null ? summary.Plugin : step.Plugin.Name,
                Sentences = shift is null
                    ? summary.Sentences
                    : [.. summary.Sentences.Select(s => new ScoredSpan(shift.MapStart(s.Start), Math.Max(shift.MapStart(s.Start), shift.MapEnd(s.End)), s.Score))],
            };
        }

        return changes;
    }

    private List<EditRecord> Describe(IReadOnlyList<TextEdit> edits)
    {
        var records = new List<EditRecord>(edits.Count);
        foreach (var edit in edits)
        {
            var (start, end) = _map.ToOriginal(edit.Start, edit.End);
            records.Add(new EditRecord
            {
                OriginalStart = start,
                OriginalEnd = end,
                Removed = _text[edit.Start..edit.End],
                Inserted = edit.Inserted,
                Reason = edit.Reason,
            });
        }

        return records;
    }

    private static void AddMoved(List<Annotation> into, Annotation annotation, string plugin, PositionShift? shift)
    {
        var start = shift?.MapStart(annotation.Start) ?? annotation.Start;
        var end = shift?.MapEnd(annotation.End) ?? annotation.End;
        if (end <= start && annotation.End > annotation.Start)
        {
            // Every character it covered was deleted.
            return;
        }

        into.Add(start == annotation.Start && end == annotation.End && annotation.TryName(plugin)
            ? annotation
            : new Annotation
            {
                Type = annotation.Type,
                Start = start,
                End = Math.Max(start, end),
                Score = annotation.Score,
                Attributes = annotation.Attributes,
                Plugin = plugin,
            });
    }

    private static string Rewrite(string text, IReadOnlyList<TextEdit> edits)
    {
        var length = text.Length;
        foreach (var edit in edits)
        {
            length += edit.Inserted.Length - (edit.End - edit.Start);
        }

        return string.Create(length, (text, edits), static (span, state) =>
        {
            var (source, list) = state;
            var from = 0;
            foreach (var edit in list)
            {
                source.AsSpan(from, edit.Start - from).CopyTo(span);
                span = span[(edit.Start - from)..];
                edit.Inserted.AsSpan().CopyTo(span);
                span = span[edit.Inserted.Length..];
                from = edit.End;
            }

            source.AsSpan(from).CopyTo(span);
        });
    }

    private (StepResult, ChainFailure?) Stopped(ChainStep step, StepWatch watch, long started)
    {
        if (!watch.Exhausted)
        {
            return TimedOut(step, started);
        }

        var message = $"{step.Describe()} was stopped: the managed heap grew by {watch.GrowthBytes / (1024 * 1024):N0} MiB while it ran, "
            + $"over the step memory budget of {_supervisor.Options.StepMemoryBudgetBytes / (1024 * 1024):N0} MiB";
        return Failed(step, Stopwatch.GetElapsedTime(started), message, FailureKind.ResourceExhausted);
    }

    private static (StepResult, ChainFailure?) TimedOut(ChainStep step, long started)
    {
        var message = $"{step.Describe()} timed out after {step.Definition.Timeout.TotalMilliseconds:0} ms";
        return Failed(step, Stopwatch.GetElapsedTime(started), message, FailureKind.StepTimedOut, StepOutcome.TimedOut);
    }

    private static (StepResult, ChainFailure?) Failed(ChainStep step, TimeSpan elapsed, string message, FailureKind kind, StepOutcome outcome = StepOutcome.Failed, string errorType = "")
    {
        var result = new StepResult
        {
            StepId = step.Id,
            Plugin = step.Plugin.Name,
            Outcome = outcome,
            Duration = elapsed,
            Message = step.Definition.OnError == OnError.Skip ? message + "; skipped (onError: skip)" : message,
        };
        return (result, new ChainFailure { Kind = kind, StepId = step.Id, Plugin = step.Plugin.Name, Message = message, ErrorType = errorType });
    }
}
