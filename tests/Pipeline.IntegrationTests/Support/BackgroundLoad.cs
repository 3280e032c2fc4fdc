using System.Collections.Concurrent;
using System.Diagnostics;
using DocPipe.V1;
using Grpc.Net.Client;

namespace Pipeline.IntegrationTests.Support;

/// <summary>
/// Clients calling Process in a loop on the default chain, each checking its reply, until stopped. Counts
/// the calls that overlapped a window the test marks, so that "requests in flight at the same time" is
/// something measured rather than hoped for.
/// </summary>
public sealed class BackgroundLoad : IAsyncDisposable
{
    private const string Text = "QR code\nIn\u00A0flight.\n";
    private const string Expected = "In flight.\n";
    private readonly CancellationTokenSource _stop = new();
    private readonly Task[] _workers;
    private long _succeeded;
    private long _overlapped;
    private long _windowStart = long.MaxValue;
    private long _windowEnd = long.MaxValue;

    public BackgroundLoad(GrpcChannel channel, int clients, string chain = "")
    {
        _workers = [.. Enumerable.Range(0, clients).Select(i => Task.Run(() => LoopAsync(new PipelineService.PipelineServiceClient(channel), i, chain)))];
    }

    public long Succeeded => Interlocked.Read(ref _succeeded);

    /// <summary>Calls that were running at some moment between <see cref="MarkStart"/> and <see cref="MarkEnd"/>.</summary>
    public long Overlapped => Interlocked.Read(ref _overlapped);

    public ConcurrentQueue<string> Failures { get; } = new();

    public void MarkStart() => Interlocked.Exchange(ref _windowStart, Stopwatch.GetTimestamp());

    public void MarkEnd() => Interlocked.Exchange(ref _windowEnd, Stopwatch.GetTimestamp());

    /// <summary>Waits until every client finished <paramref name="calls"/> more calls, then stops them all.</summary>
    public async Task StopAfterAsync(int calls = 3)
    {
        var target = Succeeded + (calls * _workers.Length);
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (Succeeded < target && Failures.IsEmpty && !_workers.Any(w => w.IsCompleted))
        {
            await Task.Delay(20, guard.Token);
        }

        await _stop.CancelAsync();
        await Task.WhenAll(_workers);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_workers);
        _stop.Dispose();
    }

    private async Task LoopAsync(PipelineService.PipelineServiceClient client, int worker, string chain)
    {
        for (var i = 0; !_stop.IsCancellationRequested; i++)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                var reply = await client.ProcessAsync(
                    new ProcessRequest { Chain = chain, Document = new Document { Id = $"load-{worker}-{i}", Text = Text } },
                    deadline: DateTime.UtcNow.AddSeconds(60));
                if (reply.Text != Expected || reply.DocumentId != $"load-{worker}-{i}")
                {
                    Failures.Enqueue($"load-{worker}-{i}: wrong reply {reply}");
                    return;
                }

                Interlocked.Increment(ref _succeeded);
                if (started <= Interlocked.Read(ref _windowEnd) && Stopwatch.GetTimestamp() >= Interlocked.Read(ref _windowStart))
                {
                    Interlocked.Increment(ref _overlapped);
                }
            }
            catch (Exception ex)
            {
                Failures.Enqueue($"load-{worker}-{i}: {ex.GetType().Name}: {ex.Message}");
                return;
            }
        }
    }
}
