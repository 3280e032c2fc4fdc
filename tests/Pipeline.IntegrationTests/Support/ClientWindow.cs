namespace Pipeline.IntegrationTests.Support;

/// <summary>
/// The HTTP handler of the channels that make many calls (the shared host fixture, the soak and hot-reload load
/// tests), configured as the CLI's is: a stream window larger than any reply. A reply that outgrows the client's
/// window makes it send window updates, some after the reply's trailers, and ASP.NET Core 10.0.12's Kestrel then
/// now and then never sends the next reply on the connection (dotnet/aspnetcore#53736; README, "Faults").
/// </summary>
internal static class ClientWindow
{
    public static SocketsHttpHandler Handler() => new() { InitialHttp2StreamWindowSize = 8 << 20, EnableMultipleHttp2Connections = true };
}
