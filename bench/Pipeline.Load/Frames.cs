using System.Buffers.Binary;
using DocPipe.V1;
using Google.Protobuf;

namespace Pipeline.Load;

/// <summary>Writes one ProcessRequest as a gRPC message on the wire (a flag byte, a big-endian length, the protobuf), h2load's request body.</summary>
internal static class Frames
{
    /// <param name="chain">A chain's name, or an inline chain's JSON when it starts with <c>{</c>.</param>
    /// <param name="annotationTypes">The annotation types the reply is to carry (<c>annotation_types</c>); none for every type.</param>
    public static void Write(string documentFile, string chain, string output, IEnumerable<string> annotationTypes)
    {
        var request = Requests.For(chain, new Document { Id = Path.GetFileName(documentFile), Text = File.ReadAllText(documentFile) });
        request.AnnotationTypes.Add(annotationTypes);
        var message = request.ToByteArray();
        var frame = new byte[5 + message.Length];
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)message.Length);
        message.CopyTo(frame, 5);
        File.WriteAllBytes(output, frame);
    }
}
