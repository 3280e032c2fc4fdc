using System.Buffers;
using Pipeline.Abstractions;

namespace Pipeline.Plugins.WhitespaceCleaner;

/// <summary>
/// One linear pass: text between runs of white space is only looked at when NFC has work to do, and each
/// run of white space is rewritten as a whole.
/// </summary>
internal sealed class WhitespaceStep : IStep
{
    private const int CancellationStride = 1 << 14;

    private readonly WhitespaceOptions _options;
    private readonly SearchValues<char> _runCharacters;

    public WhitespaceStep(WhitespaceOptions options)
    {
        _options = options;
        _runCharacters = Characters.RunCharacters(options);
    }

    public ValueTask RunAsync(IStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Text;
        using var scratch = new Scratch();
        var runs = new RunRewriter(context, _options, scratch);
        var nfc = _options.NormalizeUnicode && NfcRewriter.IsNeeded(text) ? new NfcRewriter(context, scratch, _options.StraightenQuotes) : null;

        // Quotes are never white space, so they lie between runs, where NFC works too; with NFC on, it straightens them in the same edits.
        var quotes = nfc is null && _options.StraightenQuotes;
        if (nfc is null && !quotes)
        {
            RewriteRuns(text, runs, cancellationToken);
            return ValueTask.CompletedTask;
        }

        var position = 0;
        var count = 0;
        while (position < text.Length)
        {
            if (++count % CancellationStride == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var found = text.AsSpan(position).IndexOfAny(_runCharacters);
            var runStart = found < 0 ? text.Length : position + found;
            if (nfc is not null)
            {
                nfc.Rewrite(position, runStart);
            }
            else if (quotes)
            {
                Quotes.Rewrite(context, position, runStart);
            }

            if (runStart == text.Length)
            {
                break;
            }

            var length = text.AsSpan(runStart).IndexOfAnyExcept(_runCharacters);
            var runEnd = length < 0 ? text.Length : runStart + length;

            // The run between two words almost always is one plain space, which no rule changes.
            if (runEnd - runStart != 1 || text[runStart] != ' ' || runStart == 0 || runEnd == text.Length)
            {
                runs.Rewrite(runStart, runEnd);
            }

            position = runEnd;
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// The loop above when nothing between the runs needs looking at: the same runs, in the same order, but found
    /// by searching for what makes a run one to rewrite (a tab or line break, a run character beyond ASCII, two
    /// spaces, a space at either end of the text), so that the single spaces between words cost nothing each.
    /// </summary>
    private void RewriteRuns(string text, RunRewriter runs, CancellationToken cancellationToken)
    {
        var position = 0;
        var (nextBreak, nextWide, nextDouble) = (-1, -1, -1);
        var count = 0;
        while (position < text.Length)
        {
            if (++count % CancellationStride == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (nextBreak < position)
            {
                nextBreak = Next(text, position, text.AsSpan(position).IndexOfAny('\t', '\r', '\n'));
            }

            if (nextDouble < position)
            {
                nextDouble = Next(text, position, text.AsSpan(position).IndexOf("  ", StringComparison.Ordinal));
            }

            if (nextWide < position)
            {
                nextWide = NextWideRunCharacter(text, position);
            }

            var candidate = Math.Min(Math.Min(nextBreak, nextDouble), nextWide);
            if (position == 0 && text[0] == ' ')
            {
                candidate = 0;
            }
            else if (candidate == int.MaxValue && text[^1] == ' ')
            {
                candidate = text.Length - 1;
            }

            if (candidate == int.MaxValue)
            {
                return;
            }

            // The run holding the candidate starts after the last one rewritten, which a character outside runs ends.
            var runStart = candidate;
            while (runStart > position && _runCharacters.Contains(text[runStart - 1]))
            {
                runStart--;
            }

            var length = text.AsSpan(candidate).IndexOfAnyExcept(_runCharacters);
            var runEnd = length < 0 ? text.Length : candidate + length;
            runs.Rewrite(runStart, runEnd);
            position = runEnd;
        }
    }

    private static int Next(string text, int from, int found) => found < 0 ? int.MaxValue : from + found;

    /// <summary>The next run character beyond ASCII (no-break and zero-width spaces); the search skips the ASCII between.</summary>
    private int NextWideRunCharacter(string text, int from)
    {
        while (true)
        {
            var found = text.AsSpan(from).IndexOfAnyExceptInRange('\0', '\u007F');
            if (found < 0)
            {
                return int.MaxValue;
            }

            if (_runCharacters.Contains(text[from + found]))
            {
                return from + found;
            }

            from += found + 1;
        }
    }
}
