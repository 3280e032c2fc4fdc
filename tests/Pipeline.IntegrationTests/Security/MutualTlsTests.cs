using System.Security.Cryptography.X509Certificates;
using DocPipe.V1;
using Grpc.Core;
using Grpc.Net.Client;
using Pipeline.IntegrationTests.Support;

namespace Pipeline.IntegrationTests.Security;

/// <summary>
/// TLS and mutual TLS through Kestrel's own settings, with a CA, server and client certificates made here:
/// a client presenting a certificate of the configured CA is served; one without, or with a certificate of
/// another CA, is refused.
/// </summary>
public sealed class MutualTlsTests : IAsyncLifetime
{
    private readonly TestCertificates _ours = TestCertificates.Create("DocPipe test");
    private readonly TestCertificates _theirs = TestCertificates.Create("Somebody else");
    private OwnHost _host = null!;
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "docpipe-tls-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        _ours.WriteServerPfx(Path.Combine(folder, "server.pfx"), "test-password");
        _ours.WriteAuthorityPem(Path.Combine(folder, "ca.pem"));
        _host = await OwnHost.StartAsync(
            "--Kestrel:Endpoints:Tls:Url=https://127.0.0.1:0",
            $"--Kestrel:Certificates:Default:Path={Path.Combine(folder, "server.pfx")}",
            "--Kestrel:Certificates:Default:Password=test-password",
            "--Kestrel:EndpointDefaults:ClientCertificateMode=RequireCertificate",
            $"--Pipeline:Tls:ClientCertificateAuthority={Path.Combine(folder, "ca.pem")}");
        _address = _host.Address;
        Directory.Delete(folder, recursive: true);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _ours.Dispose();
        _theirs.Dispose();
    }

    [Fact]
    public async Task A_client_with_a_certificate_of_the_configured_CA_is_served_over_TLS()
    {
        Assert.Equal("https", _address.Scheme);
        using var channel = Channel(_ours.Client);

        var response = await new PipelineService.PipelineServiceClient(channel).ProcessAsync(
            new ProcessRequest { Document = new Document { Id = "tls", Text = "Over\u00A0TLS" } },
            deadline: DateTime.UtcNow.AddSeconds(30));

        Assert.Equal("Over TLS", response.Text);
    }

    [Fact]
    public async Task A_client_without_a_certificate_is_refused()
    {
        using var channel = Channel(null);

        var ex = await Assert.ThrowsAsync<RpcException>(() => ListChainsAsync(channel));

        Assert.NotEqual(StatusCode.OK, ex.StatusCode);
    }

    [Fact]
    public async Task A_client_with_a_certificate_of_another_CA_is_refused()
    {
        using var channel = Channel(_theirs.Client);

        var ex = await Assert.ThrowsAsync<RpcException>(() => ListChainsAsync(channel));

        Assert.NotEqual(StatusCode.OK, ex.StatusCode);
    }

    private static Task<ListChainsResponse> ListChainsAsync(GrpcChannel channel) =>
        new PipelineService.PipelineServiceClient(channel).ListChainsAsync(new ListChainsRequest(), deadline: DateTime.UtcNow.AddSeconds(30)).ResponseAsync;

    private GrpcChannel Channel(X509Certificate2? clientCertificate)
    {
        var handler = new SocketsHttpHandler();
        // The server's certificate must chain to our CA: the client checks it as strictly as the server checks the client.
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
            certificate is not null && _ours.Issued(X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()));
        if (clientCertificate is not null)
        {
            handler.SslOptions.ClientCertificates = [clientCertificate];
        }

        return GrpcChannel.ForAddress(_address, new GrpcChannelOptions { HttpHandler = handler, DisposeHttpClient = true });
    }
}
