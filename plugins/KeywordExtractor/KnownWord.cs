namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>
/// A lower-cased word as a <see cref="WordTable"/> knows it: its <see cref="WordClass"/> and vertex key, which hold in
/// any document, and its number in the document the table is lent to.
/// </summary>
internal sealed class KnownWord
{
    public KnownWord(string text, WordClass wordClass, VertexKey key)
    {
        Text = text;
        Class = wordClass;
        Key = key;
    }

    public string Text { get; }

    public WordClass Class { get; }

    /// <summary>The word without diacritics, stemmed when the step stems: words with one key are one vertex.</summary>
    public VertexKey Key { get; }

    /// <summary>The document that met the word last (see <see cref="WordTable.Document"/>).</summary>
    public int Document { get; set; }

    /// <summary>The word's number in that document's <see cref="Vocabulary"/>.</summary>
    public int Id { get; set; }
}

/// <summary>A vertex key of a <see cref="WordTable"/>, and the vertex it has in the document the table is lent to.</summary>
internal sealed class VertexKey
{
    public VertexKey(string text) => Text = text;

    public string Text { get; }

    /// <summary>The document that made a vertex of the key last (see <see cref="WordTable.Document"/>).</summary>
    public int Document { get; set; }

    /// <summary>The key's vertex in that document.</summary>
    public int Vertex { get; set; }
}
