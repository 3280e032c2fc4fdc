using System.Net;
using System.Net.Sockets;

namespace Pipeline.IntegrationTests.Support;

/// <summary>A loopback port free right now, for a second endpoint whose address the test must know in advance.</summary>
internal static class FreePort
{
    public static int Find()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
