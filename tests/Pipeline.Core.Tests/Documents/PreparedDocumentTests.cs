using System.Text;
using Pipeline.Core.Documents;

namespace Pipeline.Core.Tests.Documents;

public sealed class PreparedDocumentTests
{
    private static readonly Dictionary<string, string> NoMetadata = [];

    [Fact]
    public void TextWithoutAMediaTypeIsSniffed()
    {
        Assert.Equal("text/html", PreparedDocument.From("a", "<html><body>x</body></html>", default, "", NoMetadata).MediaType);
        Assert.Equal("text/plain", PreparedDocument.From("a", "Plain words.", default, "", NoMetadata).MediaType);
    }

    [Fact]
    public void TheCallersMediaTypeIsKeptAsGiven() =>
        Assert.Equal("text/markdown", PreparedDocument.From("a", "# Title", default, "text/markdown", NoMetadata).MediaType);

    [Fact]
    public void TextBytesAreDecodedAndTheCharsetIsReported()
    {
        var input = PreparedDocument.From("a", "", Encoding.UTF8.GetBytes("<p>Grüße</p>"), "", NoMetadata);

        Assert.Equal("<p>Grüße</p>", input.Text);
        Assert.Equal("text/html; charset=utf-8", input.MediaType);
    }

    [Fact]
    public void BinaryBytesStayBytesForAConverter()
    {
        var input = PreparedDocument.From("a", "", "%PDF-1.7 ..."u8.ToArray(), "", NoMetadata);

        Assert.Equal("application/pdf", input.MediaType);
        Assert.Equal("", input.Text);
        Assert.Equal(12, input.Data.Length);
    }

    [Fact]
    public void TextAndDataTogetherAreRefused()
    {
        var error = Assert.Throws<DocumentFormatException>(() => PreparedDocument.From("a", "text", new byte[] { 1 }, "", NoMetadata));

        Assert.Contains("both text and data", error.Message, StringComparison.Ordinal);
    }
}
