using DocPipe.V1;
using Grpc.Core;
using Pipeline.IntegrationTests.Support;

namespace Pipeline.IntegrationTests;

/// <summary>ProcessStream: one reply per document, in order, with failed documents answered rather than ending the stream.</summary>
[Collection(SharedHost.Name)]
public sealed class ProcessStreamTests(HostFixture host)
{
    private const int Count = 20;

    private enum Kind
    {
        Ok,
        UnknownChain,
        InvalidInlineChain,
        Throws,
        Rejects,
    }

    [Fact]
    public async Task Twenty_documents_some_failing_get_exactly_twenty_replies_in_request_order_and_the_stream_completes()
    {
        var requests = Enumerable.Range(0, Count).Select(Request).ToList();

        using var call = host.Client.ProcessStream(deadline: DateTime.UtcNow.AddSeconds(60));

        // Read while writing, as a real client does: the host answers each document as it comes.
        var reading = ReadAllAsync(call.ResponseStream);
        foreach (var (request, _) in requests)
        {
            await call.RequestStream.WriteAsync(request);
        }

        await call.RequestStream.CompleteAsync();
        var replies = await reading;

        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
        Assert.Equal(Count, replies.Count);
        Assert.Equal(requests.Select(r => r.Request.Document.Id), replies.Select(r => r.DocumentId));
        foreach (var ((request, kind), reply) in requests.Zip(replies))
        {
            var id = request.Document.Id;
            switch (kind)
            {
                case Kind.Ok:
                    Assert.True(reply.Error is null, $"{id}: unexpected error {reply.Error}");
                    Assert.Equal("news", reply.Chain);
                    Assert.Equal($"Document {id}.\n", reply.Text);
                    Assert.All(reply.Steps, s => Assert.Equal(StepStatus.Ok, s.Status));
                    break;
                case Kind.UnknownChain:
                    AssertError(reply, StatusCode.NotFound, string.Empty, "no-such-chain");
                    break;
                case Kind.InvalidInlineChain:
                    AssertError(reply, StatusCode.InvalidArgument, string.Empty, "no-such-plugin");
                    break;
                case Kind.Throws:
                    AssertError(reply, StatusCode.Internal, "boom", "plugin throws");
                    Assert.Equal(new[] { StepStatus.Ok, StepStatus.Failed, StepStatus.Skipped }, reply.Steps.Select(s => s.Status));
                    break;
                case Kind.Rejects:
                    AssertError(reply, StatusCode.InvalidArgument, "gate", "not a news article");
                    break;
            }
        }

        Assert.Equal(Count - (4 * 4), replies.Count(r => r.Error is null));
        await host.AssertStillServesAsync();
    }

    [Fact]
    public async Task A_stream_with_no_documents_completes_with_no_replies()
    {
        using var call = host.Client.ProcessStream(deadline: DateTime.UtcNow.AddSeconds(30));
        await call.RequestStream.CompleteAsync();

        var replies = await ReadAllAsync(call.ResponseStream);

        Assert.Empty(replies);
        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
    }

    /// <summary>Documents 0, 5, 10, 15 succeed; the others cycle through four ways to fail.</summary>
    private static (ProcessRequest Request, Kind Kind) Request(int index)
    {
        var id = $"doc-{index:00}";
        var kind = (index % 5) switch
        {
            1 => Kind.UnknownChain,
            2 => Kind.InvalidInlineChain,
            3 => Kind.Throws,
            4 => Kind.Rejects,
            _ => Kind.Ok,
        };
        var request = new ProcessRequest { Document = new Document { Id = id, Text = $"QR code\n  Document\u00A0{id}.  \n\n\n" } };
        switch (kind)
        {
            case Kind.UnknownChain:
                request.Chain = "no-such-chain";
                break;
            case Kind.InvalidInlineChain:
                request.ChainJson = InvalidChain.Json;
                break;
            case Kind.Throws:
                request.Chain = "throws-fail";
                break;
            case Kind.Rejects:
                request.Chain = "rejects";
                break;
        }

        return (request, kind);
    }

    private static void AssertError(ProcessResponse reply, StatusCode code, string step, string messagePart)
    {
        Assert.True(reply.Error is not null, $"{reply.DocumentId}: no error");
        Assert.Equal((int)code, reply.Error.Code);
        Assert.Equal(step, reply.Error.Step);
        Assert.Contains(messagePart, reply.Error.Message, StringComparison.Ordinal);
    }

    private static async Task<List<ProcessResponse>> ReadAllAsync(IAsyncStreamReader<ProcessResponse> stream)
    {
        var replies = new List<ProcessResponse>();
        await foreach (var reply in stream.ReadAllAsync())
        {
            replies.Add(reply);
        }

        return replies;
    }
}
