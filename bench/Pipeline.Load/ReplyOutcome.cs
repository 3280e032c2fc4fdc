using DocPipe.V1;
using Google.Protobuf;
using Grpc.Core;

namespace Pipeline.Load;

/// <summary>
/// What the drivers need of a reply: whether its document failed. Read without decoding the rest, as h2load
/// does, so that the driver's own CPU (a news reply is ~70 KB and ~600 annotations) is not taken from the host
/// it measures on the same cores.
/// </summary>
internal sealed class ReplyOutcome
{
    private const int ErrorField = 7;

    public static Method<ProcessRequest, ReplyOutcome> Process { get; } = MethodNamed(MethodType.Unary, "Process");

    public static Method<ProcessRequest, ReplyOutcome> ProcessStream { get; } = MethodNamed(MethodType.DuplexStreaming, "ProcessStream");

    /// <summary>The gRPC status code of the document's error, 0 when it went through.</summary>
    public int ErrorCode { get; private init; }

    private static ReplyOutcome Read(byte[] reply)
    {
        var input = new CodedInputStream(reply);
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            if (WireFormat.GetTagFieldNumber(tag) == ErrorField)
            {
                var error = new Error();
                input.ReadMessage(error);
                return new ReplyOutcome { ErrorCode = error.Code };
            }

            input.SkipLastField();
        }

        return new ReplyOutcome();
    }

    private static Method<ProcessRequest, ReplyOutcome> MethodNamed(MethodType type, string name) => new(
        type,
        PipelineService.Descriptor.FullName,
        name,
        Marshallers.Create(request => request.ToByteArray(), ProcessRequest.Parser.ParseFrom),
        Marshallers.Create<ReplyOutcome>(_ => throw new NotSupportedException("the driver only reads replies"), Read));
}
