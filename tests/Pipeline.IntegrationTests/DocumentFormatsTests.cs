using System.Text;
using DocPipe.V1;
using Google.Protobuf;
using Grpc.Core;
using Pipeline.IntegrationTests.Support;
using Pipeline.Plugins.Tests.Docx;
using Pipeline.Plugins.Tests.Pdf;
using static Pipeline.Plugins.Tests.Docx.WordFiles;

namespace Pipeline.IntegrationTests;

/// <summary>
/// Documents submitted as bytes, in the formats a newsroom holds, through the shipped host's default chain:
/// the host detects the type and the charset, the chain's converter for that type runs, offsets lead back.
/// </summary>
public sealed class DocumentFormatsTests(ShippedHostFixture host) : IClassFixture<ShippedHostFixture>
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    // Our own page: a declared legacy charset, characters outside ASCII, and the clutter a page has.
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="windows-1252"><title>Ferry fares frozen for winter | Harbour Gazette</title></head>
        <body>
        <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
        <article>
        <h1>Ferry fares frozen for winter</h1>
        <p>The harbour board froze ferry fares on Tuesday, a decision its chair, Renée Okafor, called “the least we owe the islands”.</p>
        <p>Fares had risen twice since spring, and café owners on the north quay said trade had fallen by a fifth.</p>
        <p>“People stopped coming over for lunch,” said Tomás Ruiz, who runs a bakery by the pier.</p>
        </article>
        <aside class="related"><h2>Related stories</h2><a href="/a">Pier repairs delayed</a></aside>
        <footer>© Harbour Gazette. All rights reserved.</footer>
        </body></html>
        """;

    private Task<ProcessResponse> ProcessAsync(Document document) =>
        host.Client.ProcessAsync(new ProcessRequest { Document = document }, deadline: DateTime.UtcNow.AddSeconds(30)).ResponseAsync;

    [Fact]
    public async Task A_page_sent_as_bytes_in_a_legacy_charset_is_detected_decoded_and_converted_by_the_default_chain()
    {
        var response = await ProcessAsync(new Document { Id = "page", Data = ByteString.CopyFrom(Windows1252.GetBytes(Page)) });

        Assert.Equal("text/html; charset=windows-1252", response.MediaType);
        Assert.Equal(StepStatus.Ok, response.Steps.Single(s => s.Plugin == "html").Status);
        Assert.Contains("Renée Okafor, called “the least we owe the islands”.", response.Text, StringComparison.Ordinal);
        Assert.Contains("café owners", response.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Related stories", response.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", response.Text, StringComparison.Ordinal);
        Assert.Empty(response.SourcePages);
    }

    [Fact]
    public async Task Original_offsets_of_a_converted_page_point_into_its_html_source()
    {
        var response = await ProcessAsync(new Document { Id = "page", Data = ByteString.CopyFrom(Windows1252.GetBytes(Page)) });

        var person = response.Annotations.First(a => a.Type == "person" && a.Text == "Tomás Ruiz");
        Assert.Equal("Tomás Ruiz", CodePoints.Slice(Page, person.OriginalStart, person.OriginalEnd));
        Assert.False(person.Attributes.ContainsKey("page"));
    }

    [Fact]
    public async Task Converters_for_other_formats_are_reported_as_not_applicable_with_the_reason()
    {
        var response = await ProcessAsync(new Document { Id = "page", Text = Page, MediaType = "text/html" });

        var html = response.Steps.Single(s => s.Plugin == "html");
        Assert.Equal(StepStatus.Ok, html.Status);
        var plain = await ProcessAsync(new Document { Id = "plain", Text = "The board met on Tuesday. It froze the fares." });
        var skipped = plain.Steps.Single(s => s.Plugin == "html");
        Assert.Equal(StepStatus.NotApplicable, skipped.Status);
        Assert.Contains("the document is text/plain", skipped.Message, StringComparison.Ordinal);
        Assert.Equal("text/plain", plain.MediaType);
    }

    [Fact]
    public async Task A_document_with_both_text_and_data_is_refused_as_invalid_argument()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => ProcessAsync(new Document { Id = "both", Text = "words", Data = ByteString.CopyFromUtf8("words") }));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("both text and data", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_charset_is_refused_by_name()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => ProcessAsync(new Document { Id = "x", Data = ByteString.CopyFromUtf8("words"), MediaType = "text/plain; charset=klingon-8" }));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("klingon-8", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stream_of_mixed_formats_gets_one_reply_per_document_in_order_even_when_one_is_refused()
    {
        using var call = host.Client.ProcessStream(deadline: DateTime.UtcNow.AddSeconds(60));
        Document[] documents =
        [
            new() { Id = "bytes-page", Data = ByteString.CopyFrom(Windows1252.GetBytes(Page)) },
            new() { Id = "both", Text = "x", Data = ByteString.CopyFromUtf8("x") },
            new() { Id = "plain", Text = "The board met on Tuesday." },
        ];
        foreach (var document in documents)
        {
            await call.RequestStream.WriteAsync(new ProcessRequest { Document = document });
        }

        await call.RequestStream.CompleteAsync();
        var replies = new List<ProcessResponse>();
        await foreach (var reply in call.ResponseStream.ReadAllAsync())
        {
            replies.Add(reply);
        }

        Assert.Equal(["bytes-page", "both", "plain"], replies.Select(r => r.DocumentId));
        Assert.Null(replies[0].Error);
        Assert.Equal((int)StatusCode.InvalidArgument, replies[1].Error.Code);
        Assert.Null(replies[2].Error);
    }

    [Fact]
    public async Task A_word_file_sent_without_a_media_type_is_read_by_the_docx_step_and_offsets_point_into_its_text()
    {
        var file = WithBody(
            Styled("Heading1", "Tram line opens in March"),
            P("The city council confirmed on Monday that the new tram line will open in March, said Ines Duarte, its transport lead."),
            Table(["Stop", "Opens"], ["Quayside", "March"]));

        var response = await ProcessAsync(new Document { Id = "release.docx", Data = ByteString.CopyFrom(file) });

        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.MediaType);
        Assert.Equal(StepStatus.Ok, response.Steps.Single(s => s.Plugin == "docx").Status);
        var page = Assert.Single(response.SourcePages);
        Assert.Contains("Quayside | March", page, StringComparison.Ordinal);
        var person = response.Annotations.First(a => a.Type == "person" && a.Text == "Ines Duarte");
        Assert.Equal("1", person.Attributes["page"]);
        Assert.Equal("Ines Duarte", CodePoints.Slice(page, person.OriginalStart, person.OriginalEnd));
    }

    [Fact]
    public async Task A_zip_bomb_posing_as_a_word_file_is_refused_as_invalid_argument_naming_the_step_and_the_host_keeps_serving()
    {
        var bomb = Zips.Bomb(20_000_000);

        var error = await Assert.ThrowsAsync<RpcException>(() => ProcessAsync(new Document { Id = "bomb.docx", Data = ByteString.CopyFrom(bomb) }));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("step 'docx'", error.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("maxCompressionRatio", error.Status.Detail, StringComparison.Ordinal);
        var after = await ProcessAsync(new Document { Id = "plain", Text = "The board met on Tuesday." });
        Assert.Equal("plain", after.DocumentId);
    }

    [Fact]
    public async Task A_pdf_sent_without_a_media_type_comes_back_as_clean_text_with_every_offset_on_its_page()
    {
        var response = await ProcessAsync(new Document { Id = "night-buses.pdf", Data = ByteString.CopyFrom(NightBusArticle.Build()) });

        Assert.Equal("application/pdf", response.MediaType);
        Assert.Equal(StepStatus.Ok, response.Steps.Single(s => s.Plugin == "pdf").Status);
        Assert.Equal(3, response.SourcePages.Count);
        Assert.Equal(NightBusArticle.Headline, response.Metadata["title"]);
        Assert.DoesNotContain(NightBusArticle.Header, response.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(NightBusArticle.Footer, response.Text, StringComparison.Ordinal);
        Assert.Contains("better information at stops", response.Text, StringComparison.Ordinal);
        foreach (var annotation in response.Annotations.Where(a => a.Type is "person" or "quote" or "date"))
        {
            var page = int.Parse(annotation.Attributes["page"], System.Globalization.CultureInfo.InvariantCulture);
            var source = response.SourcePages[page - 1];
            Assert.False(annotation.Attributes.ContainsKey("end_page"), $"{annotation.Type} '{annotation.Text}' runs across pages");
            Assert.Equal(
                Words(annotation.Text),
                Words(CodePoints.Slice(source, annotation.OriginalStart, annotation.OriginalEnd)));
        }

        Assert.Contains(response.Annotations, a => a.Type == "quote" && a.Attributes["speaker"].EndsWith("Priya Raman", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_edit_the_pdf_converter_traces_names_its_pages_and_what_it_removed_there()
    {
        var response = await host.Client.ProcessAsync(
            new ProcessRequest { Document = new Document { Id = "night-buses.pdf", Data = ByteString.CopyFrom(NightBusArticle.Build()) }, Trace = true },
            deadline: DateTime.UtcNow.AddSeconds(30));

        var changes = response.Steps.Single(s => s.Plugin == "pdf").Changes;
        Assert.Contains(changes, c => c.Removed.Contains(NightBusArticle.Footer, StringComparison.Ordinal) && c.Page == 2);
        foreach (var change in changes.Where(c => c.Page == c.EndPage))
        {
            // The blank line between two pages belongs to neither: an edit that takes it ends at its page's end.
            Assert.InRange(change.Page, 1, 3);
            var onPage = CodePoints.Slice(response.SourcePages[change.Page - 1], change.OriginalStart, change.OriginalEnd);
            Assert.StartsWith(onPage, change.Removed, StringComparison.Ordinal);
            Assert.Equal("", change.Removed[onPage.Length..].Trim('\n'));
        }
    }

    [Fact]
    public async Task An_encrypted_pdf_is_refused_as_invalid_argument_naming_the_problem()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => ProcessAsync(new Document { Id = "locked.pdf", Data = ByteString.CopyFrom(HandMadePdf.OnePage("Council minutes", encrypted: true)) }));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("step 'pdf'", error.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("encrypted", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_comes_back_as_plain_text_with_its_links_as_url_annotations_pointing_into_the_markdown()
    {
        const string markdown = """
            ---
            title: Library opens on Sundays
            author: Kofi Mensah
            date: 2025-09-02
            ---
            # Library opens on Sundays

            The central library will open on **Sundays** from October, the city's [culture office](https://culture.example/library) said.
            "We kept hearing from families," said *Hanna Berg*, the head librarian.
            """;

        var response = await ProcessAsync(new Document { Id = "library.md", Text = markdown, MediaType = "text/markdown" });

        Assert.Equal(StepStatus.Ok, response.Steps.Single(s => s.Plugin == "markdown").Status);
        Assert.Equal("Library opens on Sundays", response.Metadata["title"]);
        Assert.Equal("2025-09-02", response.Metadata["published"]);
        Assert.DoesNotContain("**", response.Text, StringComparison.Ordinal);
        Assert.Contains("open on Sundays from October, the city's culture office said.", response.Text, StringComparison.Ordinal);
        var link = response.Annotations.Single(a => a.Type == "url" && a.Plugin == "markdown");
        Assert.Equal("culture office", link.Text);
        Assert.Equal("https://culture.example/library", link.Attributes["value"]);
        Assert.Equal("culture office", CodePoints.Slice(markdown, link.OriginalStart, link.OriginalEnd));
        var person = response.Annotations.First(a => a.Type == "person" && a.Text == "Hanna Berg");
        Assert.Equal("Hanna Berg", CodePoints.Slice(markdown, person.OriginalStart, person.OriginalEnd));
    }

    // A span's text and its source differ only where a converter's edit joined lines or a hyphenated word.
    private static string Words(string text) => string.Join(' ', text.Replace("-\n", "", StringComparison.Ordinal).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
