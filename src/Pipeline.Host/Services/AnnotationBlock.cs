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
/// each), encoded straight from the result. A news reply holds hundreds of annotations: mapping each to a message with
/// a map of its own and then encoding those took the host half as much time again as running the chain (README, "The
/// host under load"). A short document's annotations are encoded when the block is made, into pooled chunks that
/// <see cref="WriteTo"/> copies out. A long document's are only sized then, and encoded by <see cref="WriteTo"/> into
/// the reply itself: its reply is tens of megabytes, which gRPC holds whole in the response's buffer, and holding it
/// in chunks as well would double that (sizing first costs a short document half as much again).
/// </summary>
internal sealed class AnnotationBlock
{
    public const string PageKey = "page";
    public const string EndPageKey = "end_page";

    /// <summary>Texts at least this long (UTF-16 code units) have their annotations encoded only when written.</summary>
    public const int LongText = 1 << 18;

    // Encoded annotations are handed to the writer in batches of about this many bytes: Kestrel's response writer
    // takes a lock on every call.
    private const int BatchBytes = 32 * 1024;

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

    private readonly ResultOffsets _offsets;
    private readonly ReplyShape _shape;
    private ChainResult? _result;
    private Chunks? _chunks;
    private bool _written;

    public AnnotationBlock(ChainResult result, ResultOffsets offsets, ReplyShape shape)
    {
        _offsets = offsets;
        _shape = shape;
        if (result.Text.Length < LongText)
        {
            _chunks = new Chunks();
            Size = Encode(result, _chunks);
            return;
        }

        _result = result;
        var sizer = default(Sizer);
        foreach (var annotation in result.Annotations)
        {
            if (shape.Includes(annotation.Type))
            {
                sizer.Size = 0;
                Encode(ref sizer, annotation, result.Text);
                Size += 1 + CodedOutputStream.ComputeLengthSize(sizer.Size) + sizer.Size;
            }
        }
    }

    /// <summary>The bytes <see cref="WriteTo"/> writes.</summary>
    public int Size { get; }

    /// <summary>Writes the annotations and lets go of what they were made from: once only.</summary>
    public void WriteTo(IBufferWriter<byte> writer)
    {
        if (_written)
        {
            throw new InvalidOperationException("the annotations were written already");
        }

        _written = true;
        if (_chunks is { } chunks)
        {
            _chunks = null;
            chunks.MoveTo(writer);
            return;
        }

        var result = _result!;
        _result = null;
        var written = Encode(result, writer);

        // The reply's length was declared from Size before these bytes: any other count would corrupt the stream.
        if (written != Size)
        {
            throw new InvalidOperationException($"the annotations were sized at {Size:N0} bytes but encoded to {written:N0}");
        }
    }

    /// <summary>Encodes the annotations the shape includes into <paramref name="writer"/>; returns the bytes written.</summary>
    private int Encode(ChainResult result, IBufferWriter<byte> writer)
    {
        var body = new Body(BatchBytes + 1024);
        var written = 0;
        try
        {
            foreach (var annotation in result.Annotations)
            {
                if (_shape.Includes(annotation.Type))
                {
                    var start = body.Open(AnnotationsTag);
                    Encode(ref body, annotation, result.Text);
                    body.Close(start, Body.MaxLength);
                    if (body.Written.Length >= BatchBytes)
                    {
                        written += Flush(ref body, writer);
                    }
                }
            }

            written += Flush(ref body, writer);
        }
        finally
        {
            body.Return();
        }

        return written;
    }

    private static int Flush(ref Body body, IBufferWriter<byte> writer)
    {
        var bytes = body.Written;
        writer.Write(bytes);
        body.Clear();
        return bytes.Length;
    }

    /// <summary>One annotation's fields, in the order of the proto; the sizing pass and the writing pass share it.</summary>
    private void Encode<TFields>(ref TFields fields, Annotation annotation, string text)
        where TFields : struct, IFields
    {
        var at = _offsets.Place(annotation.Start, annotation.End);
        fields.String(TypeTag, annotation.Type);
        fields.Int32(StartTag, at.Start);
        fields.Int32(EndTag, at.End);
        if (!_shape.OmitText)
        {
            fields.String(TextTag, text.AsSpan(annotation.Start, annotation.End - annotation.Start));
        }

        fields.Int32(OriginalStartTag, at.OriginalStart);
        fields.Int32(OriginalEndTag, at.OriginalEnd);
        fields.Double(ScoreTag, annotation.Score);
        // Enumerating through the interface boxes an enumerator, even for no attributes.
        if (annotation.Attributes.Count > 0)
        {
            foreach (var (key, value) in annotation.Attributes)
            {
                // A binary document's page numbers replace a step's attributes of the same names (ResponseMapper likewise).
                if (at.Page == 0 || key is not (PageKey or EndPageKey))
                {
                    fields.Entry(AttributeTag, KeyTag, key, ValueTag, value);
                }
            }
        }

        if (at.Page > 0)
        {
            fields.Entry(AttributeTag, KeyTag, PageKey, ValueTag, Format(at.Page));
            if (at.EndPage != at.Page)
            {
                fields.Entry(AttributeTag, KeyTag, EndPageKey, ValueTag, Format(at.EndPage));
            }
        }

        fields.String(PluginTag, annotation.Plugin);
    }

    private static string Format(int page) => page.ToString(CultureInfo.InvariantCulture);

    /// <summary>Pooled chunks, given back as they are copied out.</summary>
    private sealed class Chunks : IBufferWriter<byte>
    {
        private const int ChunkSize = 64 * 1024;

        private readonly List<(byte[] Chunk, int Used)> _chunks = [];

        public void Advance(int count)
        {
            var (chunk, used) = _chunks[^1];
            _chunks[^1] = (chunk, used + count);
        }

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            if (_chunks.Count == 0 || _chunks[^1].Chunk.Length - _chunks[^1].Used < Math.Max(sizeHint, 1))
            {
                _chunks.Add((ArrayPool<byte>.Shared.Rent(Math.Max(sizeHint, ChunkSize)), 0));
            }

            var (last, lastUsed) = _chunks[^1];
            return last.AsMemory(lastUsed);
        }

        public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

        public void MoveTo(IBufferWriter<byte> writer)
        {
            foreach (var (chunk, used) in _chunks)
            {
                writer.Write(chunk.AsSpan(0, used));
                ArrayPool<byte>.Shared.Return(chunk);
            }

            _chunks.Clear();
        }
    }

    /// <summary>The field kinds of an annotation, as proto3 writes them: zero and empty values are left out.</summary>
    private interface IFields
    {
        void String(byte tag, ReadOnlySpan<char> value);

        void Int32(byte tag, int value);

        void Double(byte tag, double value);

        /// <summary>A map entry: a nested message of key (written even when empty) and value.</summary>
        void Entry(byte tag, byte keyTag, string key, byte valueTag, string value);
    }

    /// <summary>Counts the bytes <see cref="Body"/> writes for the same fields.</summary>
    private struct Sizer : IFields
    {
        public int Size;

        public void String(byte tag, ReadOnlySpan<char> value)
        {
            if (value.Length > 0)
            {
                Size += Text(value);
            }
        }

        public void Int32(byte tag, int value)
        {
            if (value != 0)
            {
                Size += 1 + CodedOutputStream.ComputeInt32Size(value);
            }
        }

        public void Double(byte tag, double value)
        {
            if (value != 0D)
            {
                Size += 1 + sizeof(double);
            }
        }

        public void Entry(byte tag, byte keyTag, string key, byte valueTag, string value)
        {
            var entry = Text(key) + Text(value);
            Size += 1 + CodedOutputStream.ComputeLengthSize(entry) + entry;
        }

        private static int Text(ReadOnlySpan<char> value)
        {
            var bytes = Encoding.UTF8.GetByteCount(value);
            return 1 + CodedOutputStream.ComputeLengthSize(bytes) + bytes;
        }
    }

    /// <summary>Encoded fields, in a pooled buffer that grows as needed.</summary>
    private struct Body(int capacity) : IFields
    {
        /// <summary>Room for any length: a message is at most 2 GB.</summary>
        public const int MaxLength = int.MaxValue;

        private const int MaxVarint = 10;

        private byte[] _buffer = ArrayPool<byte>.Shared.Rent(capacity);
        private int _length;

        public readonly ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

        public void Clear() => _length = 0;

        public readonly void Return() => ArrayPool<byte>.Shared.Return(_buffer);

        public void String(byte tag, ReadOnlySpan<char> value)
        {
            if (value.Length > 0)
            {
                Text(tag, value);
            }
        }

        /// <summary>Proto3 writes a negative int32 sign-extended to ten bytes.</summary>
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

        /// <summary>Starts a length-delimited field of unknown length; <see cref="Close"/> with <see cref="MaxLength"/> ends it.</summary>
        public int Open(byte tag)
        {
            Ensure(1 + MaxVarint);
            _buffer[_length++] = tag;
            return Reserve(MaxLength);
        }

        /// <summary>Writes the length of the content from <paramref name="start"/> in the room left, moving the content back if it needs less.</summary>
        public void Close(int start, int bound)
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

        private static int WriteVarint(Span<byte> span, ulong value)
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
