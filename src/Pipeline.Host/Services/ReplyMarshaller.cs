using DocPipe.V1;
using Google.Protobuf;
using Grpc.Core;

namespace Pipeline.Host.Services;

/// <summary>
/// Serializes <see cref="ProcessResponse"/> for gRPC: the generated message's fields, then the annotations of
/// <see cref="ProcessResponse.WrittenAnnotations"/>. Protobuf readers take a message's fields in any order, so the
/// bytes read back as the message with its <c>annotations</c> filled.
/// </summary>
internal static class ReplyMarshaller
{
    public static Marshaller<ProcessResponse> Instance { get; } = Marshallers.Create(Serialize, Deserialize);

    private static void Serialize(ProcessResponse response, SerializationContext context)
    {
        var annotations = response.WrittenAnnotations;
        context.SetPayloadLength(response.CalculateSize() + (annotations?.Size ?? 0));
        var writer = context.GetBufferWriter();
        response.WriteTo(writer);
        annotations?.WriteTo(writer);
        context.Complete();
    }

    private static ProcessResponse Deserialize(DeserializationContext context) =>
        ProcessResponse.Parser.ParseFrom(context.PayloadAsReadOnlySequence());
}
