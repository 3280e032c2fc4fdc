using System.Net.Sockets;
using DocPipe.V1;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Core.Runtime;
using Pipeline.Host;

namespace Pipeline.Cli;

/// <summary>
/// The service a command talks to: a host at <c>--server</c>, or the host started inside this process on a
/// private Unix socket, so that both paths run the very same service code.
/// </summary>
internal sealed class Backend : IAsyncDisposable
{
    private readonly GrpcChannel _channel;
    private readonly WebApplication? _host;
    private readonly string? _socket;

    private Backend(GrpcChannel channel, WebApplication? host, string? socket)
    {
        _channel = channel;
        _host = host;
        _socket = socket;
        Client = new PipelineService.PipelineServiceClient(channel);
    }

    public PipelineService.PipelineServiceClient Client { get; }

    /// <summary>The in-process host's plugins and chains; null for a remote host.</summary>
    public PipelineRuntime? LocalRuntime => _host?.Services.GetRequiredService<PipelineRuntime>();

    /// <summary>Where documents go, for messages: the server's address or "in-process".</summary>
    public string Description => _host is null ? _channel.Target : "in-process";

    public static Backend Remote(string server)
    {
        var address = server.Contains("://", StringComparison.Ordinal) ? server : "http://" + server;
        return new Backend(GrpcChannel.ForAddress(address, ChannelOptions(null)), null, null);
    }

    public static async Task<Backend> StartInProcessAsync(IReadOnlyList<string> pluginDirectories, CancellationToken cancellationToken)
    {
        var socket = Path.Combine(Path.GetTempPath(), $"docpipe-{Environment.ProcessId}-{Guid.NewGuid():N}.sock");
        var args = new List<string>
        {
            // Only warnings and errors, on standard error: standard output carries the results.
            "--Serilog:MinimumLevel:Default=Warning",
            "--Serilog:MinimumLevel:Override:Microsoft=Error",
            "--Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime=Error",
            "--Serilog:WriteTo:0:Args:standardErrorFromLevel=Verbose",
            "--Pipeline:WatchForChanges=false",
        };
        for (var i = 0; i < pluginDirectories.Count; i++)
        {
            args.Add($"--Pipeline:PluginDirectories:{i}={Path.GetFullPath(pluginDirectories[i])}");
        }

        var host = PipelineHost.Build([.. args], builder => builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.ListenUnixSocket(socket, listen => listen.Protocols = HttpProtocols.Http2)));
        await host.StartAsync(cancellationToken);
        var handler = new SocketsHttpHandler
        {
            InitialHttp2StreamWindowSize = StreamWindow,
            ConnectCallback = async (_, token) =>
            {
                var connection = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                await connection.ConnectAsync(new UnixDomainSocketEndPoint(socket), token);
                return new NetworkStream(connection, ownsSocket: true);
            },
        };
        return new Backend(GrpcChannel.ForAddress("http://localhost", ChannelOptions(handler)), host, socket);
    }

    public async ValueTask DisposeAsync()
    {
        _channel.Dispose();
        if (_host is not null)
        {
            await _host.StopAsync();
            await _host.DisposeAsync();
        }

        if (_socket is not null)
        {
            File.Delete(_socket);
        }
    }

    // A reply that outgrows the client's stream window makes it send window updates, and some arrive after the
    // reply's trailers. ASP.NET Core 10.0.12's Kestrel then now and then never sends the next reply on the
    // connection (dotnet/aspnetcore#53736): a window larger than any reply keeps the updates from coming.
    private const int StreamWindow = 8 << 20;

    private static GrpcChannelOptions ChannelOptions(HttpMessageHandler? handler) => new()
    {
        HttpHandler = handler ?? new SocketsHttpHandler { InitialHttp2StreamWindowSize = StreamWindow, EnableMultipleHttp2Connections = true },
        MaxReceiveMessageSize = PipelineHost.MaxMessageBytes,
        MaxSendMessageSize = PipelineHost.MaxMessageBytes,
    };
}
