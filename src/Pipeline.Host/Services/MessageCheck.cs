using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;
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

        // The body is looked at where it lies, in the request's pipe, and left there unconsumed: gRPC then reads the
        // same bytes, with nothing copied. Kestrel counts examined bytes towards the stream's flow-control window, so
        // a message larger than the window still arrives whole.
        var limit = options.Value.MaxMessageBytes;
        var reader = request.BodyReader;
        ReadResult read;
        while (true)
        {
            read = await reader.ReadAsync(context.RequestAborted);
            if (read.Buffer.Length > (long)limit + 5)
            {
                reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
                await FailAsync(context, StatusCode.ResourceExhausted, $"the request message is larger than {limit:N0} bytes (Pipeline:MaxMessageBytes)");
                return;
            }

            if (read.IsCompleted || read.IsCanceled)
            {
                break;
            }

            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }

        var problem = Problem(read.Buffer);
        reader.AdvanceTo(read.Buffer.Start);
        if (problem is not null)
        {
            await FailAsync(context, StatusCode.InvalidArgument, problem);
            return;
        }

        await next(context);
    }

    private static string? Problem(ReadOnlySequence<byte> frame)
    {
        if (frame.Length < 5)
        {
            return $"the request holds {frame.Length} bytes, fewer than a gRPC frame's 5-byte header";
        }

        Span<byte> header = stackalloc byte[5];
        frame.Slice(0, 5).CopyTo(header);
        if (header[0] != 0)
        {
            // Compressed: grpc-dotnet decompresses and checks it.
            return null;
        }

        var declared = BinaryPrimitives.ReadUInt32BigEndian(header[1..]);
        return declared == frame.Length - 5
            ? null
            : $"the gRPC frame declares a {declared:N0}-byte message but {frame.Length - 5:N0} bytes follow it (one message per unary call)";
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
