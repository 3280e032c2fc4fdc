using Pipeline.Abstractions;

namespace Pipeline.Core.Engine;

internal sealed partial class ChainRun
{
    /// <summary>A step between its start and its end: what it records into, its token, its memory watch.</summary>
    private sealed record RunningStep(StepContext Context, CancellationTokenSource Timeout, StepWatch Watch, long Started);

    /// <summary>
    /// The steps from one index on, run by one worker until they are done or one of them is stopped while
    /// still running. Stopping (the step's token firing) and the worker finishing a step race for the same
    /// lock: whichever comes first decides, and an abandoned worker records nothing more.
    /// </summary>
    private sealed class Segment
    {
        /// <summary>What <see cref="Ended"/> gives when every step of the segment was dealt with.</summary>
        public const int Finished = -1;

        private readonly ChainRun _run;
        private readonly int _from;
        private readonly List<StepResult> _results;
        private readonly CancellationToken _cancellationToken;
        private readonly Lock _gate = new();
        private readonly TaskCompletionSource<int> _ended = new();
        private int _running = -1;
        private bool _abandoned;

        public Segment(ChainRun run, int from, List<StepResult> results, ChainFailure? failure, CancellationToken cancellationToken)
        {
            _run = run;
            _from = from;
            _results = results;
            _cancellationToken = cancellationToken;
            Failure = failure;
        }

        /// <summary><see cref="Finished"/>, or the index of the step that was stopped while it still ran (see <see cref="Current"/>).</summary>
        public Task<int> Ended => _ended.Task;

        public ChainFailure? Failure { get; private set; }

        /// <summary>The step started last.</summary>
        public RunningStep? Current { get; private set; }

        /// <summary>The task running <see cref="WorkAsync"/>, for the memory watchdog to see whether a step still runs.</summary>
        public Task? Worker { get; set; }

        public async Task WorkAsync()
        {
            var steps = _run._chain.Steps;
            try
            {
                for (var i = _from; i < steps.Count; i++)
                {
                    var step = steps[i];
                    if (Failure is not null)
                    {
                        _results.Add(NotRun(step, Failure));
                        continue;
                    }

                    if (step.Definition.When?.WhyNot(_run._mediaType, _run._metadata) is { } why)
                    {
                        _results.Add(NotApplicable(step, why));
                        continue;
                    }

                    _cancellationToken.ThrowIfCancellationRequested();
                    var running = _run.Start(step, _cancellationToken);
                    running.Watch.Run = Worker;
                    lock (_gate)
                    {
                        (Current, _running) = (running, i);
                    }

                    using var registration = running.Timeout.Token.UnsafeRegister(static state => ((Segment)state!).Stop(), this);
                    var run = _run.Invoke(step, running);
                    if (!run.IsCompleted)
                    {
                        // An asynchronous step: its outcome is read from the task below.
                        await run.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
                    }

                    // The step's console scope was set on this flow: what follows is the engine's, not the step's.
                    PluginConsole.Leave();
                    lock (_gate)
                    {
                        if (_abandoned)
                        {
                            return;
                        }

                        _running = -1;
                    }

                    registration.Dispose();
                    var (result, stepFailure) = _run.Complete(step, run, running, _cancellationToken);
                    running.Watch.Dispose();
                    running.Timeout.Dispose();
                    _results.Add(result);
                    if (stepFailure is not null && step.Definition.OnError == OnError.Fail)
                    {
                        Failure = stepFailure;
                    }
                }

                _ended.TrySetResult(Finished);
            }
            catch (Exception ex)
            {
                lock (_gate)
                {
                    if (_abandoned)
                    {
                        return;
                    }
                }

                _ended.TrySetException(ex);
            }
        }

        /// <summary>The running step's token fired: unless it just finished, the chain goes on without it.</summary>
        private void Stop()
        {
            int stopped;
            lock (_gate)
            {
                if (_running < 0 || _abandoned)
                {
                    return;
                }

                _abandoned = true;
                stopped = _running;
            }

            // Not on the thread that cancelled (a timer, the caller's request): the chain's next steps start from here.
            ThreadPool.UnsafeQueueUserWorkItem(static state => state.Segment._ended.TrySetResult(state.Stopped), (Segment: this, Stopped: stopped), preferLocal: false);
        }
    }
}
