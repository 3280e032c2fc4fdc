using System.Text;
using Pipeline.Abstractions;

namespace Pipeline.Plugins.WhitespaceCleaner;

/// <summary>Normalises text to NFC by editing only the stretches that change, straightening quotes in them when asked.</summary>
/// <remarks>
/// Every character below U+0300 is a starter that NFC keeps and that never composes with the character
/// before it, so the text splits at each of them into stretches that normalise independently: a stretch
/// is one such character followed by the characters from U+0300 up that come after it. Typographic quotes
/// are above U+0300, so each lies in a stretch; straightening them here keeps NFC's edit of a stretch and
/// the quotes' edits from overlapping.
/// </remarks>
internal sealed class NfcRewriter
{
    private readonly IStepContext _context;
    private readonly Scratch _scratch;
    private readonly bool _straightenQuotes;

    public NfcRewriter(IStepContext context, Scratch scratch, bool straightenQuotes)
    {
        _context = context;
        _scratch = scratch;
        _straightenQuotes = straightenQuotes;
    }

    /// <summary>Whether the text needs the work at all; the whole-text check is native and fast.</summary>
    public static bool IsNeeded(string text)
    {
        try
        {
            return !text.IsNormalized();
        }
        catch (ArgumentException)
        {
            // Invalid UTF-16 (a lone surrogate): look stretch by stretch and leave the invalid ones alone.
            return true;
        }
    }

    /// <summary>Records an edit for each stretch of [<paramref name="start"/>, <paramref name="end"/>) that NFC changes; the range lies between two runs of white space.</summary>
    public void Rewrite(int start, int end)
    {
        var text = _context.Text;
        var position = start;
        while (position < end)
        {
            var found = text.AsSpan(position, end - position).IndexOfAnyExceptInRange('\0', '\u02FF');
            if (found < 0)
            {
                return;
            }

            var first = position + found;
            var stretchStart = first > position ? first - 1 : first;
            var after = text.AsSpan(first, end - first).IndexOfAnyInRange('\0', '\u02FF');
            var stretchEnd = after < 0 ? end : first + after;
            Normalize(stretchStart, stretchEnd);
            position = stretchEnd;
        }
    }

    private void Normalize(int start, int end)
    {
        var stretch = _context.Text.AsSpan(start, end - start);
        var written = -1;
        Span<char> buffer = default;
        try
        {
            if (!stretch.IsNormalized(NormalizationForm.FormC))
            {
                buffer = _scratch.Reset(stretch.GetNormalizedLength(NormalizationForm.FormC));
                written = stretch.TryNormalize(buffer, out var length, NormalizationForm.FormC) ? length : -1;
            }
        }
        catch (ArgumentException)
        {
            written = -1;
        }

        if (written < 0)
        {
            // Already NFC, or invalid UTF-16 that is left alone: only the quotes, if asked, change.
            if (_straightenQuotes)
            {
                Quotes.Rewrite(_context, start, end);
            }

            return;
        }

        _scratch.Length = written;
        var rules = _straightenQuotes && Quotes.Straighten(buffer[..written]) ? Rule.Nfc | Rule.Quote : Rule.Nfc;
        MinimalEdit.Record(_context, start, end, _scratch.Written, Reasons.For(rules));
    }
}
