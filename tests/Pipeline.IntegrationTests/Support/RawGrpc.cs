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
        using var request = new HttpRequestMessage(HttpMethod.Post, "/docpipe.v1.PipelineService/" + method)
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TE.Add(new TransferCodingWithQualityHeaderValue("trailers"));
        using var response = await http.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        var code = Header(response, "grpc-status") ?? throw new InvalidOperationException($"no grpc-status; HTTP {(int)response.StatusCode}");
        return ((StatusCode)int.Parse(code, System.Globalization.CultureInfo.InvariantCulture), Uri.UnescapeDataString(Header(response, "grpc-message") ?? string.Empty));
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.TrailingHeaders.TryGetValues(name, out var trailing) ? trailing.First()
        : response.Headers.TryGetValues(name, out var values) ? values.First()
        : null;
}
