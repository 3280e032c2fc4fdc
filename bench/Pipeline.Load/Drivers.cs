using System.Diagnostics;
using System.Threading.Channels;
using DocPipe.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace Pipeline.Load;

/// <summary>Drives Process and ProcessStream over one channel and records each document's latency.</summary>
internal sealed class Drivers(string url, string chain, string documentFile)
{
    private readonly Document _document = new() { Id = Path.GetFileName(documentFile), Text = File.ReadAllText(documentFile) };

    /// <summary><paramref name="callers"/> callers, each sending the next request when the last is answered.</summary>
    public async Task<string> UnaryClosedAsync(int callers, TimeSpan duration)
    {
        using var channel = Open();
        var client = channel.CreateCallInvoker();
        var latencies = new Latencies();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(async _ =>
        {
            while (clock.Elapsed < duration)
            {
                await Call(client, latencies, Stopwatch.GetTimestamp());
            }
        }));
        return latencies.Report($"Process, {callers} callers", clock.Elapsed);
    }

    /// <summary>
    /// Requests at a fixed rate whatever the answers do (an open loop), each timed from when it was due, so that
    /// a stall shows in the latencies rather than slowing the sender down. The first <see cref="RateWarmUp"/>
    /// runs at the same rate unrecorded: this process's own JIT, connections and thread pool start cold.
    /// </summary>
    public async Task<string> UnaryRateAsync(double perSecond, TimeSpan duration)
    {
        using var channel = Open();
        var client = channel.CreateCallInvoker();
        var latencies = new Latencies();
        var unrecorded = new Latencies();
        var calls = new List<Task>();
        var start = Stopwatch.GetTimestamp();
        var warmUp = (long)(RateWarmUp.TotalSeconds * Stopwatch.Frequency);
        for (var i = 0L; ; i++)
        {
            var due = start + (long)(i * Stopwatch.Frequency / perSecond);
            if (due - start >= warmUp + (long)(duration.TotalSeconds * Stopwatch.Frequency))
            {
                break;
            }

            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            calls.Add(Call(client, due - start < warmUp ? unrecorded : latencies, due));
        }

        await Task.WhenAll(calls);
        return latencies.Report($"Process at {perSecond:0}/s (after {RateWarmUp.TotalSeconds:0} s unrecorded)", Stopwatch.GetElapsedTime(start) - RateWarmUp);
    }

    private static TimeSpan RateWarmUp { get; } = TimeSpan.FromSeconds(2);

    private static TimeSpan CallDeadline { get; } = TimeSpan.FromSeconds(30);

    /// <summary><paramref name="streams"/> ProcessStream calls, each keeping up to <paramref name="window"/> documents in flight.</summary>
    public async Task<string> StreamAsync(int streams, int window, TimeSpan duration)
    {
        using var channel = Open();
        var client = channel.CreateCallInvoker();
        var latencies = new Latencies();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, streams).Select(_ => OneStream(client, window, duration, clock, latencies)));
        return latencies.Report($"ProcessStream, {streams} streams x {window} in flight", clock.Elapsed);
    }

    private async Task OneStream(CallInvoker client, int window, TimeSpan duration, Stopwatch clock, Latencies latencies)
    {
        using var call = client.AsyncDuplexStreamingCall(ReplyOutcome.ProcessStream, null, new CallOptions(deadline: DateTime.UtcNow.Add(duration + CallDeadline)));
        var sent = Channel.CreateBounded<long>(window);
        var reader = Task.Run(async () =>
        {
            // Replies come one per document, in order: the n-th reply answers the n-th document sent.
            await foreach (var reply in call.ResponseStream.ReadAllAsync())
            {
                var at = await sent.Reader.ReadAsync();
                if (reply.ErrorCode == 0)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(at));
                }
                else
                {
                    latencies.Fail();
                }
            }
        });
        var request = Requests.For(chain, _document);
        while (clock.Elapsed < duration)
        {
            await sent.Writer.WriteAsync(Stopwatch.GetTimestamp());
            await call.RequestStream.WriteAsync(request);
        }

        await call.RequestStream.CompleteAsync();
        await reader;
    }

    private async Task Call(CallInvoker client, Latencies latencies, long from)
    {
        try
        {
            // A deadline, so that a reply the host never sends is counted as a failure instead of stopping the run.
            await client.AsyncUnaryCall(ReplyOutcome.Process, null, new CallOptions(deadline: DateTime.UtcNow.Add(CallDeadline)), Requests.For(chain, _document));
            latencies.Add(Stopwatch.GetElapsedTime(from));
        }
        catch (RpcException)
        {
            latencies.Fail();
        }
    }

    private GrpcChannel Open() => GrpcChannel.ForAddress(url, new GrpcChannelOptions
    {
        MaxReceiveMessageSize = 64 * 1024 * 1024,
        // Larger than any reply, as the CLI's: see Backend.StreamWindow there (dotnet/aspnetcore#53736).
        HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true, InitialHttp2StreamWindowSize = 8 << 20 },
    });
}
