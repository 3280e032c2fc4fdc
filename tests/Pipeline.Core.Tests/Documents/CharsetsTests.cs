using System.Text;
using Pipeline.Core.Documents;

namespace Pipeline.Core.Tests.Documents;

public sealed class CharsetsTests
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    [Fact]
    public void ValidUtf8WithoutADeclarationIsUtf8()
    {
        var text = Charsets.Decode("Café au lait, 20 €"u8, null, out var charset);

        Assert.Equal("Café au lait, 20 €", text);
        Assert.Equal("utf-8", charset);
    }

    [Fact]
    public void AByteOrderMarkWinsOverEveryDeclaration()
    {
        byte[] data = [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("Zoë")];

        Assert.Equal("Zoë", Charsets.Decode(data, "iso-8859-1", out var charset, html: true));
        Assert.Equal("utf-16BE", charset, ignoreCase: true);
    }

    [Fact]
    public void TheMediaTypesCharsetParameterIsUsed()
    {
        var data = Windows1252.GetBytes("“Quoted” – naïve");

        Assert.Equal("“Quoted” – naïve", Charsets.Decode(data, "windows-1252", out var charset));
        Assert.Equal("windows-1252", charset);
    }

    [Fact]
    public void APageDeclaresItsCharsetInAMetaTag()
    {
        var page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"></head><body>Москва</body></html>";
        var data = CodePagesEncodingProvider.Instance.GetEncoding("koi8-r")!.GetBytes(page);

        Assert.Equal(page, Charsets.Decode(data, null, out var charset, html: true));
        Assert.Equal("koi8-r", charset);
    }

    [Fact]
    public void InvalidUtf8WithoutADeclarationFallsBackToALegacyEncodingInsteadOfReplacementCharacters()
    {
        var data = Windows1252.GetBytes("Smörgåsbord at the café, naïve résumé, déjà vu and more façade");

        var text = Charsets.Decode(data, null, out _);

        Assert.DoesNotContain('\uFFFD', text);
        Assert.Contains("café", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownDeclaredCharsetIsRefusedByName()
    {
        var error = Assert.Throws<DocumentFormatException>(() => Charsets.Decode("x"u8, "klingon-8", out _));

        Assert.Contains("klingon-8", error.Message, StringComparison.Ordinal);
    }
}
