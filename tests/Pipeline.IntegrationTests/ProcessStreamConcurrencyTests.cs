using System.Diagnostics;
using System.Globalization;
using System.Net;
using DocPipe.V1;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.Extensions.Options;
using Pipeline.Host;
using Pipeline.IntegrationTests.Support;

namespace Pipeline.IntegrationTests;

/// <summary>
/// ProcessStream with several documents of one stream running at once (<c>Pipeline:StreamConcurrency</c>), on hosts
/// of their own. The <c>waits-as-told</c> chain waits as long as each document asks and reports, in the reply's
/// metadata, how many of its runs were under way as it started (<c>waits-running</c>) and its place among the
/// finished ones (<c>waits-order</c>): overlap and finishing order are read from the replies, not from a clock.
/// </summary>
public sealed class ProcessStreamConcurrencyTests
{
    [Fact]
    public async Task Replies_come_back_in_request_order_when_later_documents_of_the_stream_finish_first()
    {
        await using var host = await OwnHost.StartAsync("--Pipeline:StreamConcurrency=4");
        // The first document waits long enough for the three after it to finish first on any machine.
        var requests = new[] { Waits("slow", 2000), Waits("fast-1", 0), Waits("fast-2", 0), Waits("fast-3", 0) };

        var (replies, status) = await StreamAsync(host, requests);

        Assert.Equal(StatusCode.OK, status.StatusCode);
        Assert.Equal(["slow", "fast-1", "fast-2", "fast-3"], replies.Select(r => r.DocumentId));
        Assert.All(replies, r => Assert.True(r.Error is null, $"{r.DocumentId}: {r.Error}"));
        Assert.Equal("4", replies[0].Metadata["waits-order"]);
        Assert.Equal(["1", "2", "3"], replies.Skip(1).Select(r => r.Metadata["waits-order"]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task At_most_StreamConcurrency_documents_of_one_stream_run_at_once_and_that_many_do()
    {
        await using var host = await OwnHost.StartAsync("--Pipeline:StreamConcurrency=4");
        const int Delay = 600;
        var requests = Enumerable.Range(0, 8).Select(i => Waits($"doc-{i}", Delay)).ToArray();

        var clock = Stopwatch.StartNew();
        var (replies, status) = await StreamAsync(host, requests);
        var elapsed = clock.Elapsed;

        Assert.Equal(StatusCode.OK, status.StatusCode);
        Assert.Equal(requests.Select(r => r.Document.Id), replies.Select(r => r.DocumentId));
        // All eight were sent at once: the host read no more than four ahead of the replies it had written.
        Assert.Equal(4, replies.Max(r => int.Parse(r.Metadata["waits-running"], CultureInfo.InvariantCulture)));
        // One after another they would take 8 x 600 ms at the very least; four at a time, about 1.2 s.
        Assert.True(elapsed < TimeSpan.FromMilliseconds(8 * Delay), $"the stream took {elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task A_failing_document_amid_running_ones_gets_its_reply_in_its_place_and_the_later_ones_succeed()
    {
        await using var host = await OwnHost.StartAsync("--Pipeline:StreamConcurrency=4");
        // The failures come back at once, while the documents before them still wait.
        var requests = new[]
        {
            Waits("before-1", 800),
            Waits("before-2", 400),
            new ProcessRequest { Chain = "throws-fail", Document = new Document { Id = "throws", Text = "Boom." } },
            new ProcessRequest { Chain = "no-such-chain", Document = new Document { Id = "unknown", Text = "Lost." } },
            Waits("after-1", 200),
            Waits("after-2", 0),
        };

        var (replies, status) = await StreamAsync(host, requests);

        Assert.Equal(StatusCode.OK, status.StatusCode);
        Assert.Equal(["before-1", "before-2", "throws", "unknown", "after-1", "after-2"], replies.Select(r => r.DocumentId));
        Assert.Equal((int)StatusCode.Internal, replies[2].Error.Code);
        Assert.Equal("boom", replies[2].Error.Step);
        Assert.Equal((int)StatusCode.NotFound, replies[3].Error.Code);
        Assert.All(replies.Where((_, i) => i is not (2 or 3)), r =>
        {
            Assert.True(r.Error is null, $"{r.DocumentId}: {r.Error}");
            Assert.Equal("yes", r.Metadata["waits-finished"]);
        });
    }

    [Fact]
    public async Task With_StreamConcurrency_1_a_stream_runs_its_documents_one_after_another()
    {
        await using var host = await OwnHost.StartAsync("--Pipeline:StreamConcurrency=1");
        // Were they to overlap, the two quick ones would finish before the slow first one.
        var requests = new[] { Waits("slow", 300), Waits("quick-1", 0), Waits("quick-2", 0) };

        var (replies, status) = await StreamAsync(host, requests);

        Assert.Equal(StatusCode.OK, status.StatusCode);
        Assert.Equal(["slow", "quick-1", "quick-2"], replies.Select(r => r.DocumentId));
        Assert.All(replies, r => Assert.Equal("1", r.Metadata["waits-running"]));
        Assert.Equal(["1", "2", "3"], replies.Select(r => r.Metadata["waits-order"]));
    }

    [Fact]
    public async Task Cancelling_a_stream_stops_all_of_its_running_documents_and_the_host_keeps_serving()
    {
        await using var host = await OwnHost.StartAsync("--Pipeline:StreamConcurrency=4");
        using var cancel = new CancellationTokenSource();
        using var call = host.Client.ProcessStream(cancellationToken: cancel.Token);
        foreach (var i in Enumerable.Range(0, 4))
        {
            await call.RequestStream.WriteAsync(Waits($"long-{i}", 30_000));
        }

        // A probe beside the stream counts itself and every document of the stream still running.
        await WaitForRunningAsync(host, 1 + 4);
        var clock = Stopwatch.StartNew();
        await cancel.CancelAsync();
        var ex = await Assert.ThrowsAnyAsync<RpcException>(() => call.ResponseStream.MoveNext(CancellationToken.None));

        Assert.Equal(StatusCode.Cancelled, ex.StatusCode);
        // The documents waited 30 s each: being cancelled, they stop long before.
        await WaitForRunningAsync(host, 1);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"the documents ran on for {clock.Elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task A_request_that_does_not_parse_ends_the_stream_with_INVALID_ARGUMENT_after_the_replies_to_the_documents_before_it()
    {
        await using var host = await OwnHost.StartAsync("--Pipeline:StreamConcurrency=4");
        using var http = JsonClient.Create(host.Address, HttpVersion.Version20);
        // ProcessRequest.document (2) { text (2): C3 28, an invalid two-byte sequence }.
        byte[] invalid = [0x12, 0x04, 0x12, 0x02, 0xC3, 0x28];

        var (code, message, frames) = await RawGrpc.StreamAsync(http, "ProcessStream", [Waits("first", 500).ToByteArray(), Waits("second", 0).ToByteArray(), invalid]);

        Assert.Equal(StatusCode.InvalidArgument, code);
        Assert.Contains("UTF-8", message, StringComparison.Ordinal);
        var replies = frames.Select(ProcessResponse.Parser.ParseFrom).ToList();
        Assert.Equal(["first", "second"], replies.Select(r => r.DocumentId));
        Assert.All(replies, r => Assert.Equal("yes", r.Metadata["waits-finished"]));
    }

    [Fact]
    public void A_negative_StreamConcurrency_stops_the_host_from_starting()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => PipelineHost.Build(["--urls", "http://127.0.0.1:0", "--Pipeline:StreamConcurrency=-1"]));

        Assert.Contains("Pipeline:StreamConcurrency", ex.Message, StringComparison.Ordinal);
    }

    private static ProcessRequest Waits(string id, int delayMs) => new()
    {
        Chain = "waits-as-told",
        Document = new Document { Id = id, Text = "Waiting.", Metadata = { [HostFixture.DelayKey] = delayMs.ToString(CultureInfo.InvariantCulture) } },
    };

    /// <summary>Writes every request, then reads every reply, on one stream.</summary>
    private static async Task<(List<ProcessResponse> Replies, Status Status)> StreamAsync(OwnHost host, IEnumerable<ProcessRequest> requests)
    {
        using var call = host.Client.ProcessStream(deadline: DateTime.UtcNow.AddSeconds(60));
        foreach (var request in requests)
        {
            await call.RequestStream.WriteAsync(request);
        }

        await call.RequestStream.CompleteAsync();
        var replies = new List<ProcessResponse>();
        await foreach (var reply in call.ResponseStream.ReadAllAsync())
        {
            replies.Add(reply);
        }

        return (replies, call.GetStatus());
    }

    /// <summary>Sends probes through <c>waits-as-told</c> until one finds <paramref name="running"/> runs under way, itself included.</summary>
    private static async Task WaitForRunningAsync(OwnHost host, int running)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var seen = 0;
        while (seen != running)
        {
            Assert.False(guard.IsCancellationRequested, $"waited 20 s for {running} runs of the step at once; the last probe saw {seen}");
            var probe = await host.Client.ProcessAsync(Waits("probe", 0), deadline: DateTime.UtcNow.AddSeconds(10));
            seen = int.Parse(probe.Metadata["waits-running"], CultureInfo.InvariantCulture);
            if (seen != running)
            {
                await Task.Delay(50);
            }
        }
    }
}
