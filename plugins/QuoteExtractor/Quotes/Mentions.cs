using Pipeline.Abstractions;
using Pipeline.Plugins.EntityExtractor.Recognition;
using Pipeline.Plugins.EntityExtractor.Text;
using Pipeline.Plugins.Shared.Memory;

namespace Pipeline.Plugins.QuoteExtractor.Quotes;

/// <summary>
/// The people and organisations of a document, indexed by token, and which tokens lie inside quotations:
/// the candidates a quotation's attribution can name.
/// </summary>
internal sealed class Mentions : IDisposable
{
    // A document naming more people than this leaves its grown list to the collector rather than to its thread.
    private const int MaxKeptEntries = 4096;

    // The entries list of the last document on this thread, emptied, so that a document's list does not regrow from nothing.
    [ThreadStatic]
    private static List<Entry>? t_spareEntries;

    private readonly List<Entry> _entries;
    private bool _disposed;
    private readonly NativeArray<int> _byToken;
    private readonly NativeArray<int> _quoteOf;

    private Mentions(TokenList tokens, List<Entry> entries, List<Quotation> quotes)
    {
        _entries = entries;
        _byToken = new NativeArray<int>(tokens.Count + 1);
        _quoteOf = new NativeArray<int>(tokens.Count + 1);
        _byToken.AsSpan().Fill(-1);
        _quoteOf.AsSpan().Fill(-1);
        for (var e = 0; e < entries.Count; e++)
        {
            for (var k = entries[e].First; k <= entries[e].Last; k++)
            {
                _byToken[k] = e;
            }
        }

        for (var q = 0; q < quotes.Count; q++)
        {
            var last = quotes[q].Close >= 0 ? quotes[q].Close : tokens.IndexAt(quotes[q].End - 1);
            for (var k = quotes[q].Open; k <= last && k < tokens.Count; k++)
            {
                _quoteOf[k] = q;
            }
        }
    }

    public IReadOnlyList<Entry> All => _entries;

    /// <summary>
    /// Takes people and organisations from an earlier step's annotations when <paramref name="useAnnotations"/> and
    /// there are any; otherwise finds them with the entity rules compiled into this plugin.
    /// </summary>
    public static Mentions Build(TokenList tokens, IStepContext context, bool useAnnotations, List<Quotation> quotes, CancellationToken cancellationToken)
    {
        var entries = t_spareEntries ?? new List<Entry>(32);
        t_spareEntries = null;
        if (useAnnotations)
        {
            FromAnnotations(tokens, context.Annotations, entries);
        }

        if (entries.Count == 0)
        {
            // Only the entity rules ask where sentences start; the attribution finds its clauses itself.
            SentenceStarts.Mark(tokens, context.Annotations);
            var known = context.Metadata.TryGetValue("author", out var author) && !string.IsNullOrWhiteSpace(author) ? [author.Trim()] : Array.Empty<string>();
            using var found = Recognizer.Find(tokens, known, cancellationToken);
            foreach (var mention in found)
            {
                if (mention.Kind is EntityKind.Person or EntityKind.Organization && mention.Score >= 0.5)
                {
                    entries.Add(new Entry(mention.First, mention.Last, mention.Kind, found.Name(mention), mention.Gender));
                }
            }
        }

        return new Mentions(tokens, entries, quotes);
    }

    /// <summary>The mention whose first token is <paramref name="index"/>.</summary>
    public Entry? StartingAt(int index) =>
        index >= 0 && _byToken[index] is >= 0 and var e && _entries[e].First == index ? _entries[e] : null;

    /// <summary>The mention whose last token is <paramref name="index"/>.</summary>
    public Entry? EndingAt(int index) =>
        index >= 0 && _byToken[index] is >= 0 and var e && _entries[e].Last == index ? _entries[e] : null;

    public bool InQuote(int index) => index >= 0 && _quoteOf[index] >= 0;

    /// <summary>The index in <see cref="All"/> of the last mention that ends before token <paramref name="index"/>; -1 when none does.</summary>
    public int LastBefore(int index)
    {
        int low = 0, high = _entries.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_entries[middle].Last < index)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low - 1;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _byToken.Dispose();
        _quoteOf.Dispose();
        _entries.Clear();
        if (_entries.Capacity <= MaxKeptEntries)
        {
            t_spareEntries = _entries;
        }
    }

    private static void FromAnnotations(TokenList tokens, IReadOnlyList<Annotation> annotations, List<Entry> entries)
    {
        var last = -1;
        var found = 0;
        for (var a = 0; a < annotations.Count; a++)
        {
            var annotation = annotations[a];
            var kind = annotation.Type switch
            {
                "person" => EntityKind.Person,
                "organization" => EntityKind.Organization,
                _ => EntityKind.None,
            };
            if (kind == EntityKind.None || annotation.End <= annotation.Start)
            {
                continue;
            }

            var first = found = tokens.IndexAt(annotation.Start, found);
            var end = tokens.IndexAt(annotation.End - 1, first);
            if (first >= tokens.Count || first <= last)
            {
                continue;
            }

            var canonical = annotation.Attributes.TryGetValue("canonical", out var c) && !string.IsNullOrWhiteSpace(c) ? c : tokens.Text[annotation.Start..annotation.End];
            var gender = annotation.Attributes.TryGetValue("gender", out var g) ? g switch
            {
                "male" => Gender.Male,
                "female" => Gender.Female,
                _ => Gender.Unknown,
            } : Gender.Unknown;
            entries.Add(new Entry(first, Math.Min(end, tokens.Count - 1), kind, canonical, gender));
            last = end;
        }
    }

    /// <summary>
    /// One mention: its tokens, kind, fullest name and gender. A value, kept in the list's array: a long document has a
    /// hundred thousand of them, all alive to the end of the call.
    /// </summary>
    internal readonly record struct Entry(int First, int Last, EntityKind Kind, string Canonical, Gender Gender);
}
