using System.Text.RegularExpressions;
using Pipeline.Abstractions;

namespace Pipeline.Plugins.QrCodeCleaner;

/// <summary>Deletes every artifact line, with its line break, so that no blank line is added.</summary>
internal sealed class QrCodeStep : IStep
{
    private const string Reason = "qr-code: artifact line";
    private const int CancellationStride = 1 << 12;

    private readonly Regex? _pattern;
    private readonly bool _headOnly;

    public QrCodeStep(Regex? pattern, bool headOnly)
    {
        _pattern = pattern;
        _headOnly = headOnly;
    }

    public ValueTask RunAsync(IStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_pattern is null)
        {
            return ValueTask.CompletedTask;
        }

        var text = context.Text;
        var lastEnd = 0;
        var lines = 0;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            if (++lines % CancellationStride == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            // One attempt per line start keeps each match, and so its timeout, to the lines it looks at.
            var match = text[lineStart] is '\r' or '\n' ? Match.Empty : _pattern.Match(text, lineStart);
            if (match.Success)
            {
                Delete(context, match.Index, match.Index + match.Length, lastEnd);
                lastEnd = lineStart = match.Index + match.Length;
                continue;
            }

            var lineLength = text.AsSpan(lineStart).IndexOfAny('\r', '\n');
            var lineEnd = lineLength < 0 ? text.Length : lineStart + lineLength;
            if (_headOnly && !text.AsSpan(lineStart, lineEnd - lineStart).IsWhiteSpace())
            {
                break;
            }

            lineStart = lineEnd + 1;
        }

        return ValueTask.CompletedTask;
    }

    private static void Delete(IStepContext context, int start, int end, int lastEnd)
    {
        var text = context.Text;

        // The last line of a text has no line break of its own: take the one before it instead,
        // unless an earlier artifact already took it.
        if (end == text.Length && text[end - 1] is not ('\n' or '\r'))
        {
            var before = LineBreakBefore(text, start);
            if (start - before >= lastEnd)
            {
                start -= before;
            }
        }

        context.Delete(start, end - start, Reason);
    }

    private static int LineBreakBefore(string text, int index)
    {
        if (index >= 2 && text[index - 1] == '\n' && text[index - 2] == '\r')
        {
            return 2;
        }

        return index >= 1 && text[index - 1] is '\n' or '\r' ? 1 : 0;
    }
}
