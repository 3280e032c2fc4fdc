using System.Buffers.Binary;
using DocPipe.V1;
using Google.Protobuf;

namespace Pipeline.Load;

/// <summary>Writes one ProcessRequest as a gRPC message on the wire (a flag byte, a big-endian length, the protobuf), h2load's request body.</summary>
internal static class Frames
{
    /// <param name="chain">A chain's name, or an inline chain's JSON when it starts with <c>{</c>.</param>
    public static void Write(string documentFile, string chain, string output)
    {
        var request = Requests.For(chain, new Document { Id = Path.GetFileName(documentFile), Text = File.ReadAllText(documentFile) });
        var message = request.ToByteArray();
        var frame = new byte[5 + message.Length];
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)message.Length);
        message.CopyTo(frame, 5);
        File.WriteAllBytes(output, frame);
    }
}
