using System.ComponentModel;

namespace Pipeline.Plugins.QrCodeCleaner;

/// <summary>Options of the <c>qr-code</c> cleaner.</summary>
/// <remarks>
/// Defaults: <see cref="Phrases"/> = <c>["QR code"]</c>, <see cref="HeadOnly"/> = <c>false</c>.
/// </remarks>
public sealed class QrCodeOptions
{
    /// <summary>
    /// The alt texts the scraper leaves behind. A line made only of these (repeated, glued together or
    /// split over two lines, in any case, with any white space around) is removed. Default <c>["QR code"]</c>.
    /// </summary>
    [Description("Alt texts whose standalone lines are removed, matched case-insensitively; white space inside a phrase matches any white space. Default [\"QR code\"].")]
    public IReadOnlyList<string> Phrases { get; init; } = ["QR code"];

    /// <summary>When true, only artifact lines before the first line of real text are removed. Default <c>false</c>.</summary>
    [Description("Remove artifact lines only at the head of the document, before the first line of other text. Default false.")]
    public bool HeadOnly { get; init; }
}
