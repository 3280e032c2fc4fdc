using Pipeline.Host.Services;

namespace DocPipe.V1;

/// <summary>The generated reply, with room for annotations that gRPC writes straight from the chain's result.</summary>
public sealed partial class ProcessResponse
{
    /// <summary>
    /// Annotations that <see cref="ReplyMarshaller"/> writes after the message's own fields when a gRPC reply is
    /// serialized; <see cref="Annotations"/> is then empty. Protobuf's own copying, comparing and formatting do not
    /// see them: only the host's marshaller reads this, and only the gRPC path sets it.
    /// </summary>
    internal AnnotationBlock? WrittenAnnotations { get; set; }
}
