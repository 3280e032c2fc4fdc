using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using Grpc.Core;

namespace Pipeline.IntegrationTests.Support;

/// <summary>
/// gRPC calls framed by hand over HTTP/2, so that a test can send bytes no generated client would: random
/// or truncated protobuf, frames whose length lies. Returns the call's status from the trailers (or the
/// headers of a trailers-only reply).
/// </summary>
internal static class RawGrpc
{
    public static async Task<(StatusCode Code, string Message)> CallAsync(HttpClient http, string method, byte[] payload, int? declaredLength = null)
    {
        var body = new byte[5 + payload.Length];
        BinaryPrimitives.WriteUInt32BigEndian(body.AsSpan(1), (uint)(declaredLength ?? payload.Length));
        payload.CopyTo(body, 5);
        var (code, message, _) = await SendAsync(http, method, body);
        return (code, message);
    }

    /// <summary>One call carrying several messages, each in a frame of its own; returns the reply messages' bytes too.</summary>
    public static async Task<(StatusCode Code, string Message, List<byte[]> Replies)> StreamAsync(HttpClient http, string method, IEnumerable<byte[]> payloads)
    {
        using var body = new MemoryStream();
        foreach (var payload in payloads)
        {
            var header = new byte[5];
            BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(1), (uint)payload.Length);
            body.Write(header);
            body.Write(payload);
        }

        return await SendAsync(http, method, body.ToArray());
    }

    private static async Task<(StatusCode Code, string Message, List<byte[]> Replies)> SendAsync(HttpClient http, string method, byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/docpipe.v1.PipelineService/" + method)
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TE.Add(new TransferCodingWithQualityHeaderValue("trailers"));
        using var response = await http.SendAsync(request);
        var replies = Frames(await response.Content.ReadAsByteArrayAsync());
        var code = Header(response, "grpc-status") ?? throw new InvalidOperationException($"no grpc-status; HTTP {(int)response.StatusCode}");
        return ((StatusCode)int.Parse(code, System.Globalization.CultureInfo.InvariantCulture), Uri.UnescapeDataString(Header(response, "grpc-message") ?? string.Empty), replies);
    }

    private static List<byte[]> Frames(byte[] body)
    {
        var frames = new List<byte[]>();
        for (var at = 0; at + 5 <= body.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(body.AsSpan(at + 1));
            frames.Add(body[(at + 5)..(at + 5 + length)]);
            at += 5 + length;
        }

        return frames;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.TrailingHeaders.TryGetValues(name, out var trailing) ? trailing.First()
        : response.Headers.TryGetValues(name, out var values) ? values.First()
        : null;
}
