using Pipeline.Abstractions;

namespace Pipeline.Plugins.ScrapeLayoutCleaner;

/// <summary>What the rules recognised in one document: the parts to remove and the metadata they carry.</summary>
internal sealed class Findings
{
    private readonly string _text;
    private readonly List<Piece> _pieces = [];
    private readonly List<KeyValuePair<string, string>> _metadata = [];

    public Findings(string text) => _text = text;

    public void Remove(Line first, Line last, PieceKind kind, string reason) => _pieces.Add(new Piece(first.Start, last.Next, kind, reason));

    public void Remove(int start, int end, string reason) => _pieces.Add(new Piece(start, end, PieceKind.Exact, reason));

    /// <summary>Keeps a value for <paramref name="key"/>; an empty value is dropped, since the document then does not say it.</summary>
    public void Say(string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _metadata.Add(new(key, value));
        }
    }

    /// <summary>Records the metadata and the edits on <paramref name="context"/>; blank lines before <paramref name="floor"/> stay with the body.</summary>
    public void Apply(IStepContext context, ScrapeLayoutOptions options, int floor)
    {
        if (options.SetMetadata)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (key, value) in _metadata)
            {
                // The first value the document gives for a key wins; the caller's wins over all unless told otherwise.
                if ((options.Overwrite || !context.Metadata.ContainsKey(key)) && set.Add(key))
                {
                    context.SetMetadata(key, value);
                }
            }
        }

        if (!options.RemoveText)
        {
            return;
        }

        _pieces.Sort((a, b) => a.Start.CompareTo(b.Start));
        var previousEnd = 0;
        foreach (var piece in _pieces)
        {
            var start = piece.Kind == PieceKind.Tail ? BlankBefore(piece.Start, Math.Max(previousEnd, floor)) : piece.Start;
            var end = piece.Kind == PieceKind.Exact ? piece.End : BlankAfter(piece.End);
            context.Delete(start, end - start, piece.Reason);
            previousEnd = end;
        }
    }

    /// <summary>The start of the first line at or after <paramref name="position"/> (a line start) that is not blank, or the text's end.</summary>
    private int BlankAfter(int position)
    {
        var found = Blank.IndexOfNonBlank(_text.AsSpan(position));
        return found < 0 ? _text.Length : Line.Containing(_text, position + found).Start;
    }

    /// <summary>The end of the last line before <paramref name="position"/> (a line start) that is not blank, or <paramref name="bound"/> when only blank characters lie between.</summary>
    private int BlankBefore(int position, int bound)
    {
        var found = Blank.LastIndexOfNonBlank(_text.AsSpan(bound, position - bound));
        return found < 0 ? bound : Line.Containing(_text, bound + found).Next;
    }
}
