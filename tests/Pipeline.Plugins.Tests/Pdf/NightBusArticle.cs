namespace Pipeline.Plugins.Tests.Pdf;

/// <summary>
/// A news article we wrote for these tests, set as a small newspaper sets it: three pages with a running
/// header, a running footer and page numbers; a headline, standfirst and byline across page one; two columns
/// on pages one and two; one column on page three; a word hyphenated at a line end ("infor-" + "mation").
/// </summary>
internal static class NightBusArticle
{
    public const string Name = "night-buses";
    public const string Headline = "Night buses return to the Ashford valley";
    public const string Header = "The Valley Courier - Thursday 15 May 2025";
    public const string Footer = "valleycourier.example - Transport";

    public static readonly string[] Paragraphs =
    [
        "Late-night buses will run again between Ashford and the villages of the upper valley from the first weekend of June, the county council confirmed on Wednesday, ending a gap of almost two years that left shift workers and students without a way home after ten o'clock.",
        "The three restored routes, numbered N4, N7 and N9, will leave the central station every forty minutes between half past ten and three in the morning on Fridays and Saturdays. On weeknights the last departure moves from 21:50 to 23:30.",
        "Councillor Priya Raman, who chairs the transport committee, said the decision followed a survey of more than 2,400 residents. \"People told us plainly that they had stopped taking evening jobs because they could not get home,\" she said. \"That is a cost the valley cannot carry.\"",
        "The service will cost about 610,000 pounds a year. Most of it comes from a small levy on city-centre parking that was approved in March, with the rest from a regional grant that runs until 2027. Operators were invited to bid in April and the contract went to Greenline Coaches, which already runs the daytime routes.",
        "Drivers' representatives welcomed the news but asked for better infor|mation at stops, many of which still show the old timetable. The council said new signs and a text-message service would be in place before the first night.",
        "Not everyone is convinced. Tomasz Ek, who runs a taxi firm in Millbrook, warned that the routes skip the outlying farms entirely. \"A bus that stops four miles away is not much use at two in the morning,\" he said.",
        "The council expects to review passenger numbers in the autumn. If demand holds, a fourth route to the hospital could follow next spring.",
    ];

    public const double Width = 400;
    public const double Height = 300;

    public static byte[] Build()
    {
        using var pdf = new PdfComposer();
        pdf.Information.Title = Headline;
        pdf.Information.Author = "Ines Varga";
        pdf.Information.Subject = "Three late routes restored from June";
        pdf.Information.Keywords = "buses, transport, Ashford";
        pdf.Information.CreationDate = "D:20250515063000+01'00'";
        var pages = Enumerable.Range(1, 3).Select(n => Page(pdf, n)).ToList();

        pdf.Line(pages[0], Headline, 30, 252, size: 18, face: PdfComposer.Face.Bold);
        var below = pdf.Flow(["The council restores three late routes from June, paid for by a levy on city-centre parking."], [new(pages[0], 30, 238, 40, 340)], size: 11, leading: 13.5, face: PdfComposer.Face.Italic);
        pdf.Line(pages[0], "By Ines Varga, transport reporter", 30, below - 20, size: 9, face: PdfComposer.Face.Bold);
        var columnsTop = below - 34;
        PdfComposer.Frame[] frames =
        [
            new(pages[0], 30, columnsTop, 40, 160),
            new(pages[0], 210, columnsTop, 40, 160),
            new(pages[1], 30, 262, 40, 160),
            new(pages[1], 210, 262, 40, 160),
            new(pages[2], 30, 262, 40, 340),
        ];
        pdf.Flow(Paragraphs, frames);
        return pdf.Build();
    }

    private static UglyToad.PdfPig.Writer.PdfPageBuilder Page(PdfComposer pdf, int number)
    {
        var page = pdf.AddPage(Width, Height);
        pdf.Line(page, Header, 30, 282, size: 8);
        pdf.Line(page, Footer, 30, 14, size: 8);
        pdf.LineEndingAt(page, number.ToString(System.Globalization.CultureInfo.InvariantCulture), 370, 14, size: 8);
        return page;
    }
}
