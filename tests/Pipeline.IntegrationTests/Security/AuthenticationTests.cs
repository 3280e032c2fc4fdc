using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using DocPipe.V1;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;
using Pipeline.Host;
using Pipeline.IntegrationTests.Support;

namespace Pipeline.IntegrationTests.Security;

/// <summary>API keys over a real channel and through HTTP/JSON: UNAUTHENTICATED (401) without a valid key, PERMISSION_DENIED (403) without the method's scope.</summary>
public sealed class AuthenticationTests : IAsyncLifetime
{
    private const string IngestKey = "ingest-9f2c1e";
    private const string OpsKey = "ops-41aa07";
    private const string AllKey = "all-77d0b3";
    private OwnHost _host = null!;

    public async Task InitializeAsync() => _host = await OwnHost.StartAsync(
        "--Pipeline:Auth:Enabled=true",
        "--Pipeline:Auth:Keys:0:Name=ingest",
        $"--Pipeline:Auth:Keys:0:Sha256={Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(IngestKey)))}",
        "--Pipeline:Auth:Keys:0:Scopes:0=process",
        "--Pipeline:Auth:Keys:1:Name=ops",
        $"--Pipeline:Auth:Keys:1:Key={OpsKey}",
        "--Pipeline:Auth:Keys:1:Scopes:0=catalogue",
        "--Pipeline:Auth:Keys:2:Name=all",
        $"--Pipeline:Auth:Keys:2:Key={AllKey}");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Without_a_key_or_with_an_unknown_one_every_service_call_is_UNAUTHENTICATED_before_any_work()
    {
        var client = _host.Client;
        foreach (var headers in new[] { new Metadata(), Bearer("not-a-key"), ApiKey("not-a-key"), new Metadata { { "authorization", "Basic " + IngestKey } } })
        {
            var process = await Assert.ThrowsAsync<RpcException>(() => client.ProcessAsync(Throwing("refused"), headers).ResponseAsync);
            var list = await Assert.ThrowsAsync<RpcException>(() => client.ListChainsAsync(new ListChainsRequest(), headers).ResponseAsync);
            using var stream = client.ProcessStream(headers);
            // The call is refused as it starts: a write racing that refusal would fail as CANCELLED, so only read.
            var streamed = await Assert.ThrowsAsync<RpcException>(() => stream.ResponseStream.MoveNext(CancellationToken.None));

            Assert.Equal(StatusCode.Unauthenticated, process.StatusCode);
            Assert.Equal(StatusCode.Unauthenticated, list.StatusCode);
            Assert.Equal(StatusCode.Unauthenticated, streamed.StatusCode);
        }

        // The chain would have failed at its throwing step and logged it: it never ran.
        Assert.DoesNotContain(_host.Logs.Events, e => e.Text.Contains("refused", StringComparison.Ordinal) && e.Text.Contains("Document", StringComparison.Ordinal));
        Assert.Contains(_host.Logs.Events, e => e.Text.Contains("UNAUTHENTICATED", StringComparison.Ordinal));
        Assert.DoesNotContain(_host.Logs.Events, e => e.Text.Contains("not-a-key", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_key_is_accepted_as_a_bearer_token_or_as_x_api_key_and_only_for_its_scopes()
    {
        var client = _host.Client;

        var processed = await client.ProcessAsync(Plain("ok"), Bearer(IngestKey));
        var listed = await client.ListChainsAsync(new ListChainsRequest(), ApiKey(OpsKey));
        var deniedList = await Assert.ThrowsAsync<RpcException>(() => client.ListPluginsAsync(new ListPluginsRequest(), Bearer(IngestKey)).ResponseAsync);
        var deniedValidate = await Assert.ThrowsAsync<RpcException>(() => client.ValidateChainAsync(new ValidateChainRequest { ChainJson = "{}" }, Bearer(IngestKey)).ResponseAsync);
        var deniedProcess = await Assert.ThrowsAsync<RpcException>(() => client.ProcessAsync(Plain("denied"), ApiKey(OpsKey)).ResponseAsync);

        Assert.Equal("ok", processed.DocumentId);
        Assert.Equal("news", listed.DefaultChain);
        Assert.Equal(StatusCode.PermissionDenied, deniedList.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, deniedValidate.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, deniedProcess.StatusCode);
        Assert.Contains("'catalogue'", deniedList.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("'process'", deniedProcess.Status.Detail, StringComparison.Ordinal);

        // A key with no scopes listed may call everything.
        Assert.Equal("all", (await client.ProcessAsync(Plain("all"), Bearer(AllKey))).DocumentId);
        Assert.NotEmpty((await client.ListPluginsAsync(new ListPluginsRequest(), Bearer(AllKey))).Plugins);
    }

    [Fact]
    public async Task Health_needs_no_key_and_reflection_needs_a_catalogue_key()
    {
        var health = await new Health.HealthClient(_host.Channel).CheckAsync(new HealthCheckRequest());
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);

        var reflection = new ServerReflection.ServerReflectionClient(_host.Channel);
        // Reflection is a bidirectional stream: refused before it reads, the call can reach the client as a reset
        // (CANCELLED) rather than with its status; either way the call is not let through.
        Assert.Contains((await ListServicesFailsAsync(reflection, new Metadata())).StatusCode, new[] { StatusCode.Unauthenticated, StatusCode.Cancelled });
        Assert.Contains((await ListServicesFailsAsync(reflection, Bearer(IngestKey))).StatusCode, new[] { StatusCode.PermissionDenied, StatusCode.Cancelled });

        using var call = reflection.ServerReflectionInfo(ApiKey(OpsKey));
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        Assert.Contains(call.ResponseStream.Current.ListServicesResponse.Service, s => s.Name == "docpipe.v1.PipelineService");
        await call.RequestStream.CompleteAsync();
    }

    [Fact]
    public async Task Over_HTTP_JSON_a_missing_key_is_401_and_a_key_without_the_scope_is_403()
    {
        using var http = JsonClient.Create(_host.Address, HttpVersion.Version20);

        using var none = await Post(http, null);
        using var unknown = await Post(http, new AuthenticationHeaderValue("Bearer", "not-a-key"));
        using var ops = await Post(http, null, OpsKey);
        using var ingest = await Post(http, new AuthenticationHeaderValue("Bearer", IngestKey));
        using var chainsAsIngest = await Send(http, new HttpRequestMessage(HttpMethod.Get, "/v1/chains"), new AuthenticationHeaderValue("Bearer", IngestKey));

        Assert.True(none.StatusCode == HttpStatusCode.Unauthorized, await none.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, ops.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ingest.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, chainsAsIngest.StatusCode);
        Assert.Contains("\"code\":16", await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Auth_switched_on_without_a_key_or_with_a_malformed_hash_stops_start_up_saying_why()
    {
        var noKeys = Assert.Throws<InvalidOperationException>(() => PipelineHost.Build(["--urls", "http://127.0.0.1:0", "--Pipeline:Auth:Enabled=true"]));
        var badHash = Assert.Throws<InvalidOperationException>(() => PipelineHost.Build(
            ["--urls", "http://127.0.0.1:0", "--Pipeline:Auth:Enabled=true", "--Pipeline:Auth:Keys:0:Name=x", "--Pipeline:Auth:Keys:0:Sha256=abc"]));

        Assert.Contains("Keys lists no key", noKeys.Message, StringComparison.Ordinal);
        Assert.Contains("not 64 hex digits", badHash.Message, StringComparison.Ordinal);
        await Task.CompletedTask;
    }

    private static Metadata Bearer(string key) => new() { { "authorization", "Bearer " + key } };

    private static Metadata ApiKey(string key) => new() { { "x-api-key", key } };

    private static ProcessRequest Plain(string id) => new() { Chain = "news", Document = new Document { Id = id, Text = "Hello\u00A0world.\n" } };

    private static ProcessRequest Throwing(string id) => new() { Chain = "throws-fail", Document = new Document { Id = id, Text = "text" } };

    private static async Task<RpcException> ListServicesFailsAsync(ServerReflection.ServerReflectionClient reflection, Metadata headers)
    {
        using var call = reflection.ServerReflectionInfo(headers);
        return await Assert.ThrowsAsync<RpcException>(async () =>
        {
            await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
            await call.ResponseStream.MoveNext(CancellationToken.None);
        });
    }

    private static Task<HttpResponseMessage> Post(HttpClient http, AuthenticationHeaderValue? authorization, string? apiKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/process")
        {
            Content = new StringContent("""{"document": {"id": "h", "text": "Hello"}, "chain": "empty"}""", Encoding.UTF8, "application/json"),
        };
        if (apiKey is not null)
        {
            request.Headers.Add("x-api-key", apiKey);
        }

        return Send(http, request, authorization);
    }

    private static async Task<HttpResponseMessage> Send(HttpClient http, HttpRequestMessage request, AuthenticationHeaderValue? authorization)
    {
        using (request)
        {
            request.Version = http.DefaultRequestVersion;
            request.VersionPolicy = http.DefaultVersionPolicy;
            request.Headers.Authorization = authorization;
            return await http.SendAsync(request);
        }
    }
}
