using System.Buffers;
using System.Buffers.Binary;
using Grpc.Core;
using Microsoft.Extensions.Options;
using Pipeline.Host.Configuration;

namespace Pipeline.Host.Services;

/// <summary>
/// Checks the framing of a unary call's one message before gRPC reads it. grpc-dotnet answers a frame cut short
/// with <c>INTERNAL</c>; that is the client's mistake, so it is answered here with <c>INVALID_ARGUMENT</c> saying
/// what was wrong. A message that does not parse is answered so by the request marshallers
/// (<see cref="ServiceBinding"/>), and <c>ProcessStream</c>'s framing where the service reads it.
/// </summary>
internal sealed class MessageCheck(RequestDelegate next, IOptions<PipelineHostOptions> options)
{
    private const string Service = "/docpipe.v1.PipelineService/";

    private static readonly HashSet<string> UnaryMethods = new(StringComparer.Ordinal)
    {
        Service + "Process",
        Service + "ValidateChain",
        Service + "ListPlugins",
        Service + "ListChains",
    };

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method)
            || request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) != true
            || request.ContentType.StartsWith("application/grpc-web", StringComparison.Ordinal)
            || !UnaryMethods.Contains(request.Path.Value ?? string.Empty))
        {
            await next(context);
            return;
        }

        var limit = options.Value.MaxMessageBytes;
        using var body = new MemoryStream();
        // Pooled: every unary call passes through here.
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer, context.RequestAborted)) > 0)
            {
                body.Write(buffer, 0, read);
                if (body.Length > (long)limit + 5)
                {
                    await FailAsync(context, StatusCode.ResourceExhausted, $"the request message is larger than {limit:N0} bytes (Pipeline:MaxMessageBytes)");
                    return;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        var bytes = body.ToArray();
        var problem = Problem(bytes);
        if (problem is not null)
        {
            await FailAsync(context, StatusCode.InvalidArgument, problem);
            return;
        }

        request.Body = new MemoryStream(bytes, writable: false);
        await next(context);
    }

    private static string? Problem(byte[] bytes)
    {
        if (bytes.Length < 5)
        {
            return $"the request holds {bytes.Length} bytes, fewer than a gRPC frame's 5-byte header";
        }

        if (bytes[0] != 0)
        {
            // Compressed: grpc-dotnet decompresses and checks it.
            return null;
        }

        var declared = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(1));
        return declared == bytes.Length - 5
            ? null
            : $"the gRPC frame declares a {declared:N0}-byte message but {bytes.Length - 5:N0} bytes follow it (one message per unary call)";
    }

    private static Task FailAsync(HttpContext context, StatusCode code, string message)
    {
        // A trailers-only reply: the status travels in the headers.
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/grpc";
        response.Headers["grpc-status"] = ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers["grpc-message"] = Uri.EscapeDataString(message);
        return response.CompleteAsync();
    }
}
