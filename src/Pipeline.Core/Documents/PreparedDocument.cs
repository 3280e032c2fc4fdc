using Pipeline.Core.Engine;

namespace Pipeline.Core.Documents;

/// <summary>Turns what a caller submitted (text or bytes, with or without a media type) into the chain's input.</summary>
public static class PreparedDocument
{
    /// <summary>
    /// Decides the document's media type (the caller's, or detected) and, for a text format submitted as bytes,
    /// decodes them; binary formats keep their bytes for a converter.
    /// </summary>
    /// <returns>The input, whose <see cref="DocumentInput.MediaType"/> carries the charset used when bytes were decoded.</returns>
    /// <exception cref="DocumentFormatException">Both text and data were given, or the declared charset is unknown.</exception>
    public static DocumentInput From(string id, string text, ReadOnlyMemory<byte> data, string mediaType, IReadOnlyDictionary<string, string> metadata)
    {
        if (text.Length > 0 && data.Length > 0)
        {
            throw new DocumentFormatException("the document has both text and data; send one of them");
        }

        var essence = MediaTypes.EssenceOf(mediaType);
        if (data.Length == 0)
        {
            return new DocumentInput { Id = id, Text = text, MediaType = essence.Length > 0 ? mediaType : Sniffer.Detect(text), Metadata = metadata };
        }

        if (essence.Length == 0)
        {
            essence = Sniffer.Detect(data.Span);
        }

        if (!MediaTypes.IsText(essence))
        {
            return new DocumentInput { Id = id, Text = string.Empty, Data = data, MediaType = essence, Metadata = metadata };
        }

        var html = essence is MediaTypes.Html or MediaTypes.Xhtml;
        var decoded = Charsets.Decode(data.Span, MediaTypes.CharsetOf(mediaType), out var charset, html);
        return new DocumentInput { Id = id, Text = decoded, Data = data, MediaType = $"{essence}; charset={charset}", Metadata = metadata };
    }
}
