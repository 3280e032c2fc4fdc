namespace Pipeline.Plugins.PdfConverter.Layout;

/// <summary>A rectangle in page space: PDF user units, y growing upwards.</summary>
internal readonly record struct Box(double Left, double Bottom, double Right, double Top)
{
    public double Width => Right - Left;

    public double Height => Top - Bottom;

    public double MiddleY => (Bottom + Top) / 2;

    public bool IsFinite => double.IsFinite(Left) && double.IsFinite(Bottom) && double.IsFinite(Right) && double.IsFinite(Top);

    /// <summary>Whether the two share some of their horizontal extent, more than <paramref name="tolerance"/>.</summary>
    public bool OverlapsHorizontally(Box other, double tolerance = 0) =>
        Math.Min(Right, other.Right) - Math.Max(Left, other.Left) > tolerance;

    public Box Union(Box other) =>
        new(Math.Min(Left, other.Left), Math.Min(Bottom, other.Bottom), Math.Max(Right, other.Right), Math.Max(Top, other.Top));
}
