using System.Net;
using System.Text;
using DocPipe.V1;
using Grpc.Core;
using Pipeline.IntegrationTests.Support;
using Serilog.Events;

namespace Pipeline.IntegrationTests.Security;

/// <summary>
/// Logs at Information and above never carry document text: documents with a unique marker go through
/// every way a request succeeds or fails, the host logging at its shipped levels, and the marker must not
/// appear in any event (message, properties or exception) the host emitted.
/// </summary>
public sealed class LogPrivacyTests
{
    [Fact]
    public async Task No_log_event_at_Information_or_above_carries_the_documents_text_on_any_success_or_failure_path()
    {
        var marker = "SECRETMARK" + Guid.NewGuid().ToString("N");
        var text = $"QR code\nConfidential: {marker} end.\n";
        await using var host = await OwnHost.StartAsync();
        var client = host.Client;
        var statuses = new List<StatusCode>();

        async Task Call(ProcessRequest request)
        {
            try
            {
                await client.ProcessAsync(request, deadline: DateTime.UtcNow.AddSeconds(30));
                statuses.Add(StatusCode.OK);
            }
            catch (RpcException ex)
            {
                statuses.Add(ex.StatusCode);
            }
        }

        Document Doc(string id, string? body = null) => new() { Id = id, Text = body ?? text };

        await Call(new ProcessRequest { Chain = "news", Document = Doc("ok") });
        await Call(new ProcessRequest { Chain = "marker", Document = Doc("ok-marker"), Trace = true });
        // A plugin's exception message that quotes the document, as a careless plugin's would.
        await Call(new ProcessRequest { ChainJson = ThrowsWith(marker, "fail"), Document = Doc("throws") });
        await Call(new ProcessRequest { ChainJson = ThrowsWith(marker, "skip"), Document = Doc("throws-skip") });
        await Call(new ProcessRequest { ChainJson = $$$"""{"steps": [{"plugin": "rejects", "options": {"message": "{{{marker}}}"}}]}""", Document = Doc("rejects") });
        await Call(new ProcessRequest { Chain = "bad-edits", Document = Doc("bad-edits") });
        await Call(new ProcessRequest { Chain = "slow", Document = Doc("slow") });
        await Call(new ProcessRequest { ChainJson = """{"steps": [{"plugin": "no-such-plugin"}], "extra": 1}""", Document = Doc("invalid-chain") });
        await Call(new ProcessRequest { Chain = "no-such-chain", Document = Doc("unknown-chain") });
        await Call(new ProcessRequest { Chain = "empty", Document = Doc("too-large", text + new string('x', HostFixture.MaxDocumentBytes)) });

        using (var stream = client.ProcessStream(deadline: DateTime.UtcNow.AddSeconds(30)))
        {
            await stream.RequestStream.WriteAsync(new ProcessRequest { Chain = "news", Document = Doc("stream-ok") });
            await stream.RequestStream.WriteAsync(new ProcessRequest { ChainJson = ThrowsWith(marker, "fail"), Document = Doc("stream-throws") });
            await stream.RequestStream.CompleteAsync();
            while (await stream.ResponseStream.MoveNext(CancellationToken.None))
            {
                statuses.Add((StatusCode)(stream.ResponseStream.Current.Error?.Code ?? 0));
            }
        }

        using var http = JsonClient.Create(host.Address, HttpVersion.Version20);
        using var json = await http.PostAsync("/v1/process", new StringContent(
            $$"""{"document": {"id": "http", "text": "{{marker}}"}, "chainJson": {{System.Text.Json.JsonSerializer.Serialize(ThrowsWith(marker, "fail"))}}}""",
            Encoding.UTF8,
            "application/json"));
        Assert.Equal(HttpStatusCode.InternalServerError, json.StatusCode);
        Assert.Contains(marker, await json.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Every path was taken, and the callers were told what happened (the message is theirs to see).
        Assert.Equal(
            [StatusCode.OK, StatusCode.OK, StatusCode.Internal, StatusCode.OK, StatusCode.InvalidArgument, StatusCode.Internal, StatusCode.Aborted,
             StatusCode.InvalidArgument, StatusCode.NotFound, StatusCode.InvalidArgument, StatusCode.OK, StatusCode.Internal],
            statuses);
        // The host logs a call's outcome after answering it: give the last events a moment to arrive.
        var events = host.Logs.Events.Where(e => e.Level >= LogEventLevel.Information).ToList();
        for (var wait = 0; wait < 200 && !(events.Any(e => e.Text.Contains("throws-skip", StringComparison.Ordinal)) && events.Any(e => e.Level == LogEventLevel.Warning && e.Text.Contains("threw InvalidOperationException", StringComparison.Ordinal))); wait++)
        {
            await Task.Delay(50);
            events = host.Logs.Events.Where(e => e.Level >= LogEventLevel.Information).ToList();
        }

        Assert.Contains(events, e => e.Text.Contains("throws-skip", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Level == LogEventLevel.Warning && e.Text.Contains("threw InvalidOperationException", StringComparison.Ordinal));
        Assert.All(events, e => Assert.DoesNotContain(marker, e.Text, StringComparison.Ordinal));
    }

    private static string ThrowsWith(string marker, string onError) =>
        $$$"""{"steps": [{"plugin": "whitespace"}, {"plugin": "throws", "onError": "{{{onError}}}", "options": {"message": "could not parse '{{{marker}}}'"}}]}""";
}
