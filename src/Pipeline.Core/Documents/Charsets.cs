using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.Core.Documents;

/// <summary>Decodes submitted bytes of a text format, finding their encoding the way browsers do.</summary>
public static partial class Charsets
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static Charsets()
    {
        // windows-1252, Shift_JIS, GB2312, KOI8-R...: the framework carries them but does not register them.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>
    /// The text of <paramref name="data"/>: by its byte order mark, else the declared charset, else (HTML) a
    /// <c>&lt;meta charset&gt;</c> in the first 1024 bytes, else UTF-8 when the bytes are valid UTF-8, else the
    /// encoding a detector is confident of, else windows-1252.
    /// </summary>
    /// <param name="data">The bytes.</param>
    /// <param name="declared">The caller's <c>charset</c> parameter, or null.</param>
    /// <param name="charset">The name of the encoding used, as the response reports it.</param>
    /// <param name="html">Whether to look for a <c>&lt;meta&gt;</c> declaration.</param>
    /// <exception cref="DocumentFormatException">The declared charset is not one this host knows.</exception>
    public static string Decode(ReadOnlySpan<byte> data, string? declared, out string charset, bool html = false)
    {
        if (Bom(data) is { } bom)
        {
            charset = bom.Encoding.WebName;
            return bom.Encoding.GetString(data[bom.Length..]);
        }

        var encoding = declared is { Length: > 0 } ? Named(declared, "the media type's charset parameter") : null;
        if (encoding is null && html && MetaCharset(data) is { } meta)
        {
            // A page that declares UTF-16 in ASCII-compatible bytes cannot be UTF-16 (the HTML standard's rule).
            encoding = TryNamed(meta) is { } found ? (found is UnicodeEncoding ? Encoding.UTF8 : found) : null;
        }

        if (encoding is null)
        {
            try
            {
                var text = StrictUtf8.GetString(data);
                charset = "utf-8";
                return text;
            }
            catch (DecoderFallbackException)
            {
                encoding = Detected(data) ?? Encoding.GetEncoding(1252);
            }
        }

        charset = encoding.WebName;
        return encoding.GetString(data);
    }

    private static (Encoding Encoding, int Length)? Bom(ReadOnlySpan<byte> data) => data switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => null,
    };

    private static Encoding Named(string name, string where) =>
        TryNamed(name) ?? throw new DocumentFormatException($"unknown charset \"{name}\" in {where}");

    private static Encoding? TryNamed(string name)
    {
        try
        {
            return Encoding.GetEncoding(name.Trim());
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? MetaCharset(ReadOnlySpan<byte> data)
    {
        var head = Encoding.Latin1.GetString(data[..Math.Min(data.Length, 1024)]);
        var match = MetaCharsetPattern().Match(head);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    private static Encoding? Detected(ReadOnlySpan<byte> data)
    {
        var result = UtfUnknown.CharsetDetector.DetectFromBytes(data.ToArray());
        return result.Detected is { Confidence: >= 0.5f, Encoding: { } encoding } ? encoding : null;
    }

    // <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x">, attributes in any order.
    [GeneratedRegex("""<meta\b[^>]*?\bcharset\s*=\s*["']?(?<charset>[A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharsetPattern();
}
