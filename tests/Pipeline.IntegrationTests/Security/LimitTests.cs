using DocPipe.V1;
using Grpc.Core;
using Pipeline.IntegrationTests.Support;

namespace Pipeline.IntegrationTests.Security;

/// <summary>The configured size limits, on a host started with small ones: the message limit and the document limit, at and over each.</summary>
public sealed class LimitTests : IAsyncLifetime
{
    private const int MaxMessageBytes = 64 * 1024;
    private const int MaxDocumentBytes = 32 * 1024;
    private OwnHost _host = null!;

    public async Task InitializeAsync() => _host = await OwnHost.StartAsync(
        $"--Pipeline:MaxMessageBytes={MaxMessageBytes}",
        $"--Pipeline:MaxDocumentBytes={MaxDocumentBytes}");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_message_over_Pipeline_MaxMessageBytes_is_RESOURCE_EXHAUSTED_and_the_host_keeps_serving()
    {
        var request = Request(new string('a', MaxMessageBytes + 1));

        var ex = await Assert.ThrowsAsync<RpcException>(() => _host.Client.ProcessAsync(request, deadline: DateTime.UtcNow.AddSeconds(30)).ResponseAsync);

        Assert.Equal(StatusCode.ResourceExhausted, ex.StatusCode);
        await AssertServesAsync();
    }

    [Fact]
    public async Task A_document_of_exactly_MaxDocumentBytes_is_processed_and_one_byte_more_is_INVALID_ARGUMENT()
    {
        // Two-byte characters: the limit counts UTF-8 bytes, not characters.
        var atLimit = new string('é', MaxDocumentBytes / 2);
        var overLimit = atLimit + "a";

        var ok = await _host.Client.ProcessAsync(Request(atLimit), deadline: DateTime.UtcNow.AddSeconds(30));
        var ex = await Assert.ThrowsAsync<RpcException>(() => _host.Client.ProcessAsync(Request(overLimit), deadline: DateTime.UtcNow.AddSeconds(30)).ResponseAsync);

        Assert.Equal(atLimit, ok.Text);
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains($"{MaxDocumentBytes + 1:N0} bytes", ex.Status.Detail, StringComparison.Ordinal);
        await AssertServesAsync();
    }

    private static ProcessRequest Request(string text) => new() { Chain = "empty", Document = new Document { Id = "limit", Text = text } };

    private async Task AssertServesAsync()
    {
        var response = await _host.Client.ProcessAsync(new ProcessRequest { Document = new Document { Id = "after", Text = "still\u00A0here" } }, deadline: DateTime.UtcNow.AddSeconds(30));
        Assert.Equal("still here", response.Text);
    }
}
