using System.Text;
using Pipeline.Abstractions;

namespace Pipeline.Plugins.WhitespaceCleaner;

/// <summary>Normalises text to NFC by editing only the stretches that change.</summary>
/// <remarks>
/// Every character below U+0300 is a starter that NFC keeps and that never composes with the character
/// before it, so the text splits at each of them into stretches that normalise independently: a stretch
/// is one such character followed by the characters from U+0300 up that come after it.
/// </remarks>
internal sealed class NfcRewriter
{
    private static readonly string Reason = Reasons.For(Rule.Nfc);

    private readonly IStepContext _context;
    private readonly Scratch _scratch;

    public NfcRewriter(IStepContext context, Scratch scratch)
    {
        _context = context;
        _scratch = scratch;
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
        int written;
        try
        {
            if (stretch.IsNormalized(NormalizationForm.FormC))
            {
                return;
            }

            var buffer = _scratch.Reset(stretch.GetNormalizedLength(NormalizationForm.FormC));
            if (!stretch.TryNormalize(buffer, out written, NormalizationForm.FormC))
            {
                return;
            }
        }
        catch (ArgumentException)
        {
            return;
        }

        _scratch.Length = written;
        MinimalEdit.Record(_context, start, end, _scratch.Written, Reason);
    }
}
