namespace Pipeline.Plugins.PdfConverter.Layout;

/// <summary>The bands at a page's top and bottom where printers put running heads, footers and page numbers.</summary>
internal static class Margins
{
    // The share of the page's height, at its top and at its bottom.
    private const double Share = 0.1;

    public static Margin Of(Box box, Box page)
    {
        var band = page.Height * Share;
        if (box.Bottom >= page.Top - band)
        {
            return Margin.Top;
        }

        return box.Top <= page.Bottom + band ? Margin.Bottom : Margin.None;
    }
}

/// <summary>Which margin band a box lies wholly in.</summary>
internal enum Margin
{
    None,
    Top,
    Bottom,
}
