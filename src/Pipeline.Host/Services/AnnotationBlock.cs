using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Google.Protobuf;
using Pipeline.Core.Engine;
using Annotation = Pipeline.Abstractions.Annotation;

namespace Pipeline.Host.Services;

/// <summary>
/// A result's annotations as the bytes of <c>ProcessResponse.annotations</c> (field 4, one <c>docpipe.v1.Annotation</c>
/// each), encoded once, straight from the result, into pooled chunks that <see cref="WriteTo"/> copies out and gives
/// back. A news reply holds hundreds of annotations: mapping each to a message with a map of its own and then
/// encoding those took the host half as much time again as running the chain (README, "The host under load").
/// </summary>
internal sealed class AnnotationBlock
{
    public const string PageKey = "page";
    public const string EndPageKey = "end_page";

    private const int ChunkSize = 64 * 1024;

    // Tags: field number << 3 | wire type (0 varint, 1 fixed 64-bit, 2 length-delimited).
    private const byte AnnotationsTag = (4 << 3) | 2;
    private const byte TypeTag = (1 << 3) | 2;
    private const byte StartTag = 2 << 3;
    private const byte EndTag = 3 << 3;
    private const byte TextTag = (4 << 3) | 2;
    private const byte OriginalStartTag = 5 << 3;
    private const byte OriginalEndTag = 6 << 3;
    private const byte ScoreTag = (7 << 3) | 1;
    private const byte AttributeTag = (8 << 3) | 2;
    private const byte PluginTag = (9 << 3) | 2;
    private const byte KeyTag = (1 << 3) | 2;
    private const byte ValueTag = (2 << 3) | 2;

    private List<(byte[] Chunk, int Used)>? _chunks = [];

    public AnnotationBlock(ChainResult result, ResultOffsets offsets, ReplyShape shape)
    {
        var text = result.Text;
        var body = new Body();
        try
        {
            foreach (var annotation in result.Annotations)
            {
                if (!shape.Includes(annotation.Type))
                {
                    continue;
                }

                var at = offsets.Place(annotation.Start, annotation.End);
                body.Clear();
                body.String(TypeTag, annotation.Type);
                body.Int32(StartTag, at.Start);
                body.Int32(EndTag, at.End);
                if (!shape.OmitText)
                {
                    body.String(TextTag, text.AsSpan(annotation.Start, annotation.End - annotation.Start));
                }

                body.Int32(OriginalStartTag, at.OriginalStart);
                body.Int32(OriginalEndTag, at.OriginalEnd);
                body.Double(ScoreTag, annotation.Score);
                // Enumerating through the interface boxes an enumerator, even for no attributes.
                if (annotation.Attributes.Count > 0)
                {
                    foreach (var (key, value) in annotation.Attributes)
                    {
                        // A binary document's page numbers replace attributes of the same names, as in the mapped message.
                        if (at.Page == 0 || key is not (PageKey or EndPageKey))
                        {
                            body.Entry(AttributeTag, KeyTag, key, ValueTag, value);
                        }
                    }
                }

                if (at.Page > 0)
                {
                    body.Entry(AttributeTag, KeyTag, PageKey, ValueTag, Format(at.Page));
                    if (at.EndPage != at.Page)
                    {
                        body.Entry(AttributeTag, KeyTag, EndPageKey, ValueTag, Format(at.EndPage));
                    }
                }

                body.String(PluginTag, annotation.Plugin);
                Append(body.Written, AnnotationsTag);
            }
        }
        finally
        {
            body.Return();
        }
    }

    /// <summary>The bytes <see cref="WriteTo"/> writes.</summary>
    public int Size { get; private set; }

    /// <summary>Writes the annotations and gives their chunks back to the pool: once only.</summary>
    public void WriteTo(IBufferWriter<byte> writer)
    {
        var chunks = _chunks ?? throw new InvalidOperationException("the annotations were written already");
        _chunks = null;
        foreach (var (chunk, used) in chunks)
        {
            writer.Write(chunk.AsSpan(0, used));
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static string Format(int page) => page.ToString(CultureInfo.InvariantCulture);

    /// <summary>Appends one length-delimited field: its tag, its length, then <paramref name="bytes"/>.</summary>
    private void Append(ReadOnlySpan<byte> bytes, byte tag)
    {
        Span<byte> head = stackalloc byte[1 + Body.MaxVarint];
        head[0] = tag;
        var headLength = 1 + Body.WriteVarint(head[1..], (uint)bytes.Length);
        Copy(head[..headLength]);
        Copy(bytes);
        Size += headLength + bytes.Length;
    }

    private void Copy(ReadOnlySpan<byte> bytes)
    {
        var chunks = _chunks!;
        while (bytes.Length > 0)
        {
            if (chunks.Count == 0 || chunks[^1].Used == chunks[^1].Chunk.Length)
            {
                chunks.Add((ArrayPool<byte>.Shared.Rent(ChunkSize), 0));
            }

            var (chunk, used) = chunks[^1];
            var n = Math.Min(bytes.Length, chunk.Length - used);
            bytes[..n].CopyTo(chunk.AsSpan(used));
            chunks[^1] = (chunk, used + n);
            bytes = bytes[n..];
        }
    }

    /// <summary>One annotation's fields, encoded into a pooled buffer that grows as needed.</summary>
    private sealed class Body
    {
        public const int MaxVarint = 10;

        private byte[] _buffer = ArrayPool<byte>.Shared.Rent(1024);
        private int _length;

        public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

        public void Clear() => _length = 0;

        public void Return() => ArrayPool<byte>.Shared.Return(_buffer);

        /// <summary>A string field; proto3 leaves out an empty one.</summary>
        public void String(byte tag, ReadOnlySpan<char> value)
        {
            if (value.Length > 0)
            {
                Text(tag, value);
            }
        }

        /// <summary>An int32 field; proto3 leaves out zero, and writes a negative value sign-extended to ten bytes.</summary>
        public void Int32(byte tag, int value)
        {
            if (value != 0)
            {
                Ensure(1 + MaxVarint);
                _buffer[_length++] = tag;
                _length += WriteVarint(_buffer.AsSpan(_length), (ulong)(long)value);
            }
        }

        public void Double(byte tag, double value)
        {
            if (value != 0D)
            {
                Ensure(1 + sizeof(double));
                _buffer[_length++] = tag;
                BinaryPrimitives.WriteDoubleLittleEndian(_buffer.AsSpan(_length), value);
                _length += sizeof(double);
            }
        }

        /// <summary>A map entry: a nested message of key (written even when empty) and value.</summary>
        public void Entry(byte tag, byte keyTag, string key, byte valueTag, string value)
        {
            var bound = (2 * (1 + MaxVarint)) + (3 * (key.Length + value.Length));
            Ensure(1 + MaxVarint + bound);
            _buffer[_length++] = tag;
            var start = Reserve(bound);
            Text(keyTag, key);
            Text(valueTag, value);
            Close(start, bound);
        }

        public static int WriteVarint(Span<byte> span, ulong value)
        {
            var n = 0;
            while (value >= 0x80)
            {
                span[n++] = (byte)(value | 0x80);
                value >>= 7;
            }

            span[n++] = (byte)value;
            return n;
        }

        /// <summary>A length-delimited UTF-8 string, encoded once: its length is written in front of it afterwards.</summary>
        private void Text(byte tag, ReadOnlySpan<char> value)
        {
            var bound = 3 * value.Length;
            Ensure(1 + MaxVarint + bound);
            _buffer[_length++] = tag;
            var start = Reserve(bound);
            _length += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_length));
            Close(start, bound);
        }

        /// <summary>Leaves room for the length of at most <paramref name="bound"/> bytes; returns where the content starts.</summary>
        private int Reserve(int bound)
        {
            _length += CodedOutputStream.ComputeLengthSize(bound);
            return _length;
        }

        /// <summary>Writes the length of the content from <paramref name="start"/> in the room left, moving the content back if it needs less.</summary>
        private void Close(int start, int bound)
        {
            var length = _length - start;
            var reserved = CodedOutputStream.ComputeLengthSize(bound);
            var needed = CodedOutputStream.ComputeLengthSize(length);
            var at = start - reserved;
            if (needed < reserved)
            {
                _buffer.AsSpan(start, length).CopyTo(_buffer.AsSpan(at + needed));
                _length -= reserved - needed;
            }

            WriteVarint(_buffer.AsSpan(at), (uint)length);
        }

        private void Ensure(int more)
        {
            if (_length + more > _buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + more));
                _buffer.AsSpan(0, _length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = larger;
            }
        }
    }
}
