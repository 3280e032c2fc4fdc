using DocPipe.V1;
using Google.Protobuf;
using Pipeline.IntegrationTests.Support;

namespace Pipeline.IntegrationTests;

/// <summary>
/// A request that asks for some annotation types, or for annotations without their text, gets a reply trimmed so,
/// over gRPC, over HTTP/JSON and on a stream alike, while every step still runs.
/// </summary>
[Collection(SharedHost.Name)]
public sealed class ReplyShapeTests(HostFixture host)
{
    [Fact]
    public async Task Annotation_types_leave_in_the_reply_only_those_types_annotations_as_the_full_reply_has_them()
    {
        var full = await ProcessAsync(Sample());
        var trimmed = Sample();
        trimmed.AnnotationTypes.Add(["person", "quote"]);

        var reply = await ProcessAsync(trimmed);

        Assert.Contains(full.Annotations, a => a.Type is not ("person" or "quote"));
        Assert.Equal(full.Annotations.Where(a => a.Type is "person" or "quote"), reply.Annotations);
        Assert.Contains(reply.Annotations, a => a.Type == "quote");
        Assert.Equal(full.Steps.Select(s => (s.Step, s.Status)), reply.Steps.Select(s => (s.Step, s.Status)));
        Assert.Equal(full.Summary, reply.Summary);
        Assert.Equal(Replies.WithoutDurations(reply), Replies.WithoutDurations(await OverJsonAsync(trimmed)));
    }

    [Fact]
    public async Task Omit_annotation_text_leaves_out_each_annotations_text_and_nothing_else()
    {
        var full = await ProcessAsync(Sample());
        var request = Sample();
        request.OmitAnnotationText = true;

        var reply = await ProcessAsync(request);

        Assert.Equal(full.Annotations.Count, reply.Annotations.Count);
        Assert.All(reply.Annotations, a => Assert.Equal(string.Empty, a.Text));
        Assert.Equal(full.Annotations.Select(a => { var copy = a.Clone(); copy.Text = string.Empty; return copy; }), reply.Annotations);
        Assert.True(reply.CalculateSize() < full.CalculateSize() * 0.8, $"{reply.CalculateSize()} bytes against {full.CalculateSize()}");
        Assert.Equal(Replies.WithoutDurations(reply), Replies.WithoutDurations(await OverJsonAsync(request)));
    }

    [Fact]
    public async Task Each_document_of_a_stream_gets_the_reply_its_own_request_asked_for()
    {
        var people = Sample();
        people.AnnotationTypes.Add("person");
        var none = Sample();
        none.AnnotationTypes.Add("no-such-type");
        using var call = host.Client.ProcessStream(deadline: DateTime.UtcNow.AddSeconds(60));

        foreach (var request in new[] { people, Sample(), none })
        {
            await call.RequestStream.WriteAsync(request);
        }

        await call.RequestStream.CompleteAsync();
        var replies = new List<ProcessResponse>();
        while (await call.ResponseStream.MoveNext(CancellationToken.None))
        {
            replies.Add(call.ResponseStream.Current);
        }

        Assert.Equal(3, replies.Count);
        Assert.NotEmpty(replies[0].Annotations);
        Assert.All(replies[0].Annotations, a => Assert.Equal("person", a.Type));
        Assert.Contains(replies[1].Annotations, a => a.Type != "person");
        Assert.Empty(replies[2].Annotations);
    }

    private static ProcessRequest Sample() =>
        new() { Document = new Document { Id = "sample", Text = RepoPaths.ReadSample() }, ChainJson = RepoPaths.ShippedChainJson("news") };

    private async Task<ProcessResponse> ProcessAsync(ProcessRequest request) =>
        await host.Client.ProcessAsync(request, deadline: DateTime.UtcNow.AddSeconds(30));

    private async Task<ProcessResponse> OverJsonAsync(ProcessRequest request)
    {
        using var content = new StringContent(JsonFormatter.Default.Format(request), System.Text.Encoding.UTF8, "application/json");
        using var response = await host.Http2.PostAsync("/v1/process", content);
        return JsonParser.Default.Parse<ProcessResponse>(await response.Content.ReadAsStringAsync());
    }
}
