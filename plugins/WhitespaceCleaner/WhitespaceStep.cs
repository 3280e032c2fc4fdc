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
}
