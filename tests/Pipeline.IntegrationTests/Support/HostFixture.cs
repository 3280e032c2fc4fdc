using System.Net;
using DocPipe.V1;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Pipeline.Host;

namespace Pipeline.IntegrationTests.Support;

/// <summary>
/// One real DocPipe host for the whole test run: <see cref="PipelineHost.Build"/> on a free loopback port
/// (Kestrel, HTTP/2 without TLS, a real socket) and an HTTP/1.1 one (<c>Http1Urls</c>), the built-in plugins,
/// the test plugins, and a chains file written here that uses both. Clients talk to it through a real
/// <see cref="GrpcChannel"/>, and to its HTTP/JSON face through real <see cref="HttpClient"/>s.
/// </summary>
public sealed class HostFixture : IAsyncLifetime
{
    /// <summary>The document size limit the host is started with (1 MiB), small enough to exceed cheaply.</summary>
    public const int MaxDocumentBytes = 1024 * 1024;

    /// <summary>The options of the <c>marker</c> chain's first step: inserts <see cref="MarkerPrefix"/>, deletes "xx", marks "tail".</summary>
    public const string MarkerPrefix = "🙂 mark: ";

    /// <summary>The metadata key holding a document's delay in milliseconds for the <c>waits-as-told</c> chain.</summary>
    public const string DelayKey = "delay-ms";

    /// <summary>
    /// The configured chains. Test plugins (tests/TestPlugins) give failures on demand: <c>throws</c>,
    /// <c>hangs</c> (ignores cancellation), <c>waits</c> (honours it; <c>waits-as-told</c> for as long as each
    /// document's <see cref="DelayKey"/> says), <c>rejects</c>, <c>bad-edits</c>; <c>marker</c> inserts, deletes and
    /// annotates so that offsets can be checked.
    /// </summary>
    public const string ChainsJson = $$"""
        {
          "defaultChain": "news",
          "chains": {
            "news": {
              "description": "Scraped news: QR-code artifacts, then white space.",
              "steps": [
                { "id": "qr-code", "plugin": "qr-code" },
                { "id": "whitespace", "plugin": "whitespace" }
              ]
            },
            "empty": { "description": "No steps.", "steps": [] },
            "marker": {{MarkerChainJson}},
            "throws-fail": {
              "steps": [
                { "id": "whitespace", "plugin": "whitespace" },
                { "id": "boom", "plugin": "throws", "options": { "message": "kaboom" } },
                { "id": "after", "plugin": "marker" }
              ]
            },
            "throws-skip": {
              "steps": [
                { "id": "whitespace", "plugin": "whitespace" },
                { "id": "boom", "plugin": "throws", "onError": "skip", "options": { "message": "kaboom" } },
                { "id": "after", "plugin": "marker", "options": { "word": "mark" } }
              ]
            },
            "slow": {
              "steps": [
                { "id": "stuck", "plugin": "hangs", "timeoutMs": 300, "options": { "delayMs": 20000 } }
              ]
            },
            "waits": {
              "steps": [
                { "id": "wait", "plugin": "waits", "timeoutMs": 60000, "options": { "delayMs": 30000 } }
              ]
            },
            "rejects": {
              "steps": [
                { "id": "gate", "plugin": "rejects", "options": { "message": "not a news article" } }
              ]
            },
            "bad-edits": {
              "steps": [
                { "id": "overlap", "plugin": "bad-edits" }
              ]
            },
            "waits-as-told": {
              "steps": [
                { "id": "wait", "plugin": "waits", "timeoutMs": 60000, "options": { "delayMs": 0, "delayKey": "{{DelayKey}}" } }
              ]
            }
          }
        }
        """;

    /// <summary>
    /// The <c>marker</c> chain, also sent inline: inserts <see cref="MarkerPrefix"/>, deletes every "xx" and marks
    /// "tail"; then marks every "mark", the one in the inserted prefix included.
    /// </summary>
    public const string MarkerChainJson = """
        {
          "description": "Inserts a prefix, deletes xx and marks tail; then marks every 'mark'.",
          "steps": [
            { "id": "edit", "plugin": "marker", "options": { "prefix": "🙂 mark: ", "delete": "xx", "word": "tail" } },
            { "id": "mark", "plugin": "marker", "options": { "word": "mark" } }
          ]
        }
        """;

    /// <summary>The names of <see cref="ChainsJson"/>'s chains.</summary>
    public static readonly string[] ChainNames = ["news", "empty", "marker", "throws-fail", "throws-skip", "slow", "waits", "rejects", "bad-edits", "waits-as-told"];

    private WebApplication? _app;
    private GrpcChannel? _channel;
    private HttpClient? _http2;
    private HttpClient? _http1;

    /// <summary>A scratch folder for this run: the chains file, generated Python stubs.</summary>
    public string TempDirectory { get; } = Path.Combine(Path.GetTempPath(), "docpipe-it-" + Guid.NewGuid().ToString("N")[..12]);

    public string ChainsFile => Path.Combine(TempDirectory, "chains.json");

    public static string TestPluginsDirectory => Path.Combine(AppContext.BaseDirectory, "testplugins");

    /// <summary>The bound address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary><c>host:port</c>, as the Python client takes it.</summary>
    public string HostAndPort => $"{Address.Host}:{Address.Port}";

    /// <summary>The HTTP/1.1 endpoint's address, for browsers and plain curl.</summary>
    public Uri Http1Address { get; private set; } = null!;

    public GrpcChannel Channel => _channel ?? throw new InvalidOperationException("the host is not started");

    /// <summary>HTTP/JSON over HTTP/2 with prior knowledge, on the gRPC port.</summary>
    public HttpClient Http2 => _http2 ?? throw new InvalidOperationException("the host is not started");

    /// <summary>HTTP/JSON over HTTP/1.1, on the <c>Http1Urls</c> port.</summary>
    public HttpClient Http1 => _http1 ?? throw new InvalidOperationException("the host is not started");

    public PipelineService.PipelineServiceClient Client => new(Channel);

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(TempDirectory);
        await File.WriteAllTextAsync(ChainsFile, ChainsJson);

        Http1Address = new Uri($"http://127.0.0.1:{FreePort.Find()}");
        _app = PipelineHost.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--Http1Urls", Http1Address.ToString(),
            $"--Pipeline:ChainsFile={ChainsFile}",
            $"--Pipeline:PluginDirectories:0={TestPluginsDirectory}",
            $"--Pipeline:MaxDocumentBytes={MaxDocumentBytes}",
            "--Serilog:MinimumLevel:Default=Warning",
        ]);
        await _app.StartAsync();
        var url = _app.Urls.Single(u => new Uri(u).Port != Http1Address.Port);
        Address = new Uri(url);
        Assert.True(Address.Port > 0, $"the host bound no real port: {url}");
        _http2 = JsonClient.Create(Address, HttpVersion.Version20);
        _http1 = JsonClient.Create(Http1Address, HttpVersion.Version11);

        _channel = GrpcChannel.ForAddress(Address, new GrpcChannelOptions
        {
            HttpHandler = ClientWindow.Handler(),
            MaxReceiveMessageSize = PipelineHost.MaxMessageBytes,
            MaxSendMessageSize = PipelineHost.MaxMessageBytes,
        });

        // Warm up (connection, JIT, the cleaners' compiled regular expressions), so that the timing checks
        // of the tests measure the host, not its first request.
        await Client.ProcessAsync(new ProcessRequest { Document = new Document { Text = "QR code\nwarm\u00A0up\n" } });
        await Client.ProcessAsync(new ProcessRequest { Chain = "marker", Document = new Document { Text = "warm up mark" } });
    }

    public async Task DisposeAsync()
    {
        _channel?.Dispose();
        _http2?.Dispose();
        _http1?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(TempDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder is harmless.
        }
    }

    /// <summary>
    /// Proves the host still serves: a short document through the default chain must succeed within its deadline.
    /// Every failure test ends with it.
    /// </summary>
    public async Task AssertStillServesAsync()
    {
        var response = await Client.ProcessAsync(
            new ProcessRequest { Document = new Document { Id = "still-serving", Text = "QR code\nStill\u00A0serving.\n" } },
            deadline: DateTime.UtcNow.AddSeconds(10));
        Assert.Equal("still-serving", response.DocumentId);
        Assert.Equal("Still serving.\n", response.Text);
        Assert.All(response.Steps, s => Assert.Equal(StepStatus.Ok, s.Status));
    }
}

/// <summary>Every test class shares the one host.</summary>
[CollectionDefinition(Name)]
public sealed class SharedHost : ICollectionFixture<HostFixture>
{
    public const string Name = "DocPipe host";
}
