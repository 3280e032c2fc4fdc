using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocPipe.V1;
using Google.Protobuf;
using Grpc.Core;
using Pipeline.Host.Services;
using Pipeline.IntegrationTests.Support;
using Pipeline.Plugins.Tests.Pdf;

namespace Pipeline.IntegrationTests;

/// <summary>
/// The HTTP/JSON face of the API (JSON transcoding of the proto's google.api.http rules) over real sockets: HTTP/2
/// with prior knowledge on the gRPC port, and HTTP/1.1 on the Http1Urls port.
/// </summary>
[Collection(SharedHost.Name)]
public sealed class HttpJsonTests(HostFixture host)
{
    public static TheoryData<string> Versions => ["2.0", "1.1"];

    [Fact]
    public async Task Process_over_HTTP2_on_the_gRPC_port_answers_the_gRPC_reply_in_canonical_JSON()
    {
        const string request = """
            {"document": {"id": "j1", "text": "𝒜 mark xx tail\u00a0end"}, "chain": "marker", "trace": true}
            """;

        using var response = await host.Http2.PostAsync("/v1/process", Json(request));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpVersion.Version20, response.Version);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonNode.Parse(body)!;
        Assert.Equal("j1", (string?)json["documentId"]);
        Assert.Equal("STEP_STATUS_OK", (string?)json["steps"]![0]!["status"]);
        Assert.Equal(JsonValueKind.String, json["steps"]![0]!["durationUs"]!.GetValueKind());
        Assert.NotNull(json["annotations"]![0]!["originalStart"]);

        var overGrpc = await host.Client.ProcessAsync(JsonParser.Default.Parse<ProcessRequest>(request));
        Assert.Equal(Replies.WithoutDurations(overGrpc), Replies.WithoutDurations(JsonParser.Default.Parse<ProcessResponse>(body)));
    }

    public static TheoryData<string> Documents =>
        ["the sample on the shipped news chain", "a PDF on the shipped news chain", "a long text on the shipped news chain", "a PDF whose step sets end_page itself"];

    /// <summary>
    /// A gRPC reply's annotations are written by the host straight from the chain's result, a JSON reply's are
    /// mapped to messages first: both must read as the same message, offsets, pages and attributes included.
    /// A long text's annotations are sized first and encoded only as the reply is written: the same message again.
    /// A binary document's page numbers replace a step's attributes of the same names, in either reply.
    /// (Inserted and deleted text around characters outside the BMP: the test above, on the marker chain.)
    /// </summary>
    [Theory]
    [MemberData(nameof(Documents))]
    public async Task A_gRPC_reply_reads_back_as_the_same_message_as_the_JSON_reply(string document)
    {
        var request = document switch
        {
            "the sample on the shipped news chain" => new ProcessRequest { Document = new Document { Id = "sample", Text = RepoPaths.ReadSample() }, ChainJson = RepoPaths.ShippedChainJson("news") },
            "a PDF whose step sets end_page itself" => new ProcessRequest
            {
                Document = new Document { Id = "night-buses.pdf", Data = ByteString.CopyFrom(NightBusArticle.Build()) },
                ChainJson = """{"steps": [{"id": "pdf", "plugin": "pdf"}, {"id": "mark", "plugin": "marker", "options": {"word": "council", "attribute": "end_page=99"}}]}""",
            },
            "a long text on the shipped news chain" => new ProcessRequest { Document = new Document { Id = "long", Text = LongText() }, ChainJson = RepoPaths.ShippedChainJson("news") },
            _ => new ProcessRequest { Document = new Document { Id = "night-buses.pdf", Data = ByteString.CopyFrom(NightBusArticle.Build()) }, ChainJson = RepoPaths.ShippedChainJson("news") },
        };

        var overGrpc = await host.Client.ProcessAsync(request, deadline: DateTime.UtcNow.AddSeconds(60));
        using var response = await host.Http2.PostAsync("/v1/process", Json(JsonFormatter.Default.Format(request)));
        var overJson = JsonParser.Default.Parse<ProcessResponse>(await response.Content.ReadAsStringAsync());

        Assert.NotEmpty(overGrpc.Annotations);
        if (request.Document.Id == "long")
        {
            Assert.True(overGrpc.Text.Length >= AnnotationBlock.LongText, $"the cleaned text is {overGrpc.Text.Length:N0} characters");
        }

        Assert.Equal(Replies.WithoutDurations(overJson), Replies.WithoutDurations(overGrpc));
        if (request.Document.Data.Length > 0)
        {
            Assert.All(overGrpc.Annotations, a => Assert.True(a.Attributes.ContainsKey("page"), $"{a.Type} '{a.Text}' has no page"));
            Assert.All(overGrpc.Annotations, a => Assert.NotEqual("99", a.Attributes.GetValueOrDefault("end_page")));
        }
    }

    /// <summary>The sample repeated past the length from which the host encodes annotations as it writes them (cleaning takes some off).</summary>
    private static string LongText()
    {
        var sample = RepoPaths.ReadSample();
        var text = new StringBuilder();
        while (text.Length < AnnotationBlock.LongText * 6 / 5)
        {
            text.Append(sample).Append("\n\n");
        }

        return text.ToString();
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task Plugins_chains_and_chain_validation_answer_over_either_HTTP_version(string version)
    {
        var client = Client(version);

        using var plugins = await client.GetAsync("/v1/plugins");
        using var chains = await client.GetAsync("/v1/chains");
        using var validate = await client.PostAsync("/v1/chains:validate", Json("""{"chainJson": "{\"steps\": [{\"plugin\": \"whitespace\"}]}"}"""));

        foreach (var response in new[] { plugins, chains, validate })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(Version.Parse(version), response.Version);
        }

        var pluginList = (await ReadJsonAsync(plugins))["plugins"]!.AsArray();
        var marker = Assert.Single(pluginList, p => (string?)p!["name"] == "marker")!;
        Assert.Equal("cleaner", (string?)marker["kind"]);
        Assert.NotNull(JsonNode.Parse((string)marker["optionsSchema"]!)!["properties"]);
        var chainList = await ReadJsonAsync(chains);
        Assert.Equal("news", (string?)chainList["defaultChain"]);
        Assert.Equal(HostFixture.ChainNames, chainList["chains"]!.AsArray().Select(c => (string?)c!["name"]));
        Assert.True((bool)(await ReadJsonAsync(validate))["valid"]!);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task An_invalid_chain_answers_400_with_the_located_message_of_the_gRPC_status(string version)
    {
        var request = new ProcessRequest { ChainJson = InvalidChain.Json, Document = new Document { Id = "bad", Text = "text" } };
        var overGrpc = await Assert.ThrowsAsync<RpcException>(() => host.Client.ProcessAsync(request).ResponseAsync);

        using var response = await Client(version).PostAsync("/v1/process", Json(JsonFormatter.Default.Format(request)));
        var error = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal((int)StatusCode.InvalidArgument, (int)error["code"]!);
        Assert.Equal(overGrpc.Status.Detail, (string?)error["message"]);
        foreach (var expected in InvalidChain.Expected)
        {
            Assert.Contains($"{expected.Path} (line {expected.Line}, column {expected.Column})", (string)error["message"]!, StringComparison.Ordinal);
        }

        var detail = Assert.Single(error["details"]!.AsArray())!;
        Assert.Equal("type.googleapis.com/google.rpc.BadRequest", (string?)detail["@type"]);
        Assert.Equal(InvalidChain.Expected.Count, detail["fieldViolations"]!.AsArray().Count);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task Validating_an_invalid_chain_answers_200_with_every_error_located(string version)
    {
        var body = new JsonObject { ["chainJson"] = InvalidChain.Json }.ToJsonString();

        using var response = await Client(version).PostAsync("/v1/chains:validate", Json(body));
        var result = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((bool)result["valid"]!);
        var errors = result["errors"]!.AsArray();
        Assert.Equal(InvalidChain.Expected.Select(e => (e.Path, e.Line, e.Column)), errors.Select(e => ((string)e!["path"]!, (int)e["line"]!, (int)e["column"]!)));
    }

    [Theory]
    [InlineData("2.0", "no-such-chain", StatusCode.NotFound, HttpStatusCode.NotFound)]
    [InlineData("1.1", "no-such-chain", StatusCode.NotFound, HttpStatusCode.NotFound)]
    [InlineData("2.0", "throws-fail", StatusCode.Internal, HttpStatusCode.InternalServerError)]
    [InlineData("1.1", "rejects", StatusCode.InvalidArgument, HttpStatusCode.BadRequest)]
    [InlineData("2.0", "slow", StatusCode.Aborted, HttpStatusCode.Conflict)]
    public async Task A_failed_document_answers_the_HTTP_status_of_its_gRPC_code_and_the_same_message(string version, string chain, StatusCode code, HttpStatusCode httpStatus)
    {
        var request = new ProcessRequest { Chain = chain, Document = new Document { Id = "fails", Text = "some text" } };
        var overGrpc = await Assert.ThrowsAsync<RpcException>(() => host.Client.ProcessAsync(request).ResponseAsync);

        using var response = await Client(version).PostAsync("/v1/process", Json(JsonFormatter.Default.Format(request)));
        var error = await ReadJsonAsync(response);

        Assert.Equal(code, overGrpc.StatusCode);
        Assert.Equal(httpStatus, response.StatusCode);
        Assert.Equal((int)code, (int)error["code"]!);
        Assert.Equal(overGrpc.Status.Detail, (string?)error["message"]);
        await host.AssertStillServesAsync();
    }

    [Fact]
    public async Task HTTP1_requests_are_served_on_the_Http1Urls_port_and_refused_on_the_HTTP2_only_gRPC_port()
    {
        using var overHttp1 = await host.Http1.GetAsync("/v1/chains");
        using var http1OnGrpcPort = JsonClient.Create(host.Address, HttpVersion.Version11);
        using var refused = await http1OnGrpcPort.GetAsync("/v1/chains");

        Assert.Equal(HttpStatusCode.OK, overHttp1.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("HTTP/2 only", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private HttpClient Client(string version) => version == "2.0" ? host.Http2 : host.Http1;

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonNode> ReadJsonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/json", $"{response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }
}
