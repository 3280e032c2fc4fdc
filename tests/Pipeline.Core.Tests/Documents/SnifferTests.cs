using System.IO.Compression;
using System.Text;
using Pipeline.Core.Documents;

namespace Pipeline.Core.Tests.Documents;

public sealed class SnifferTests
{
    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>Hi</p></body></html>")]
    [InlineData("\n\n  <html lang=\"en\">\n<head>")]
    [InlineData("<!-- saved page --><html>")]
    [InlineData("<p>A fragment of a page.</p>")]
    public void BytesThatStartLikeAPageAreHtml(string page) =>
        Assert.Equal(MediaTypes.Html, Sniffer.Detect(Encoding.UTF8.GetBytes(page)));

    [Theory]
    [InlineData("The council met on Tuesday.\nIt voted.")]
    [InlineData("<pre is not a tag we know> and then prose")]
    [InlineData("3 < 4 and 5 > 2")]
    public void ProseIsPlainText(string text)
    {
        Assert.Equal(MediaTypes.PlainText, Sniffer.Detect(Encoding.UTF8.GetBytes(text)));
        Assert.Equal(MediaTypes.PlainText, Sniffer.Detect(text));
    }

    [Fact]
    public void APdfIsKnownByItsHeaderEvenAfterLeadingJunk()
    {
        Assert.Equal(MediaTypes.Pdf, Sniffer.Detect("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj"u8));
        Assert.Equal(MediaTypes.Pdf, Sniffer.Detect([.. "\r\n\r\n"u8, .. "%PDF-1.4"u8]));
    }

    [Fact]
    public void AZipWithAWordDocumentPartIsAWordFileAndAnyOtherZipIsAZip()
    {
        Assert.Equal(MediaTypes.Docx, Sniffer.Detect(Zip("[Content_Types].xml", "word/document.xml")));
        Assert.Equal(MediaTypes.Zip, Sniffer.Detect(Zip("photos/harbour.jpg")));
    }

    [Fact]
    public void BinaryBytesThatAreNoKnownFormatAreOctetStream() =>
        Assert.Equal(MediaTypes.OctetStream, Sniffer.Detect([0x00, 0x01, 0x89, 0x50, 0x00, 0x00]));

    [Fact]
    public void TextWithAByteOrderMarkIsSniffedAfterIt() =>
        Assert.Equal(MediaTypes.Html, Sniffer.Detect([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("<html><body>x</body></html>")]));

    private static byte[] Zip(params string[] names)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in names)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<x/>");
            }
        }

        return stream.ToArray();
    }
}
