using UglyToad.PdfPig.Core;

namespace Pipeline.Plugins.PdfConverter.Layout;

/// <summary>PdfPig's rectangles as axis-aligned boxes.</summary>
internal static class Shapes
{
    /// <summary>The smallest upright box around the rectangle, which may be rotated.</summary>
    public static Box BoxOf(PdfRectangle rectangle)
    {
        var left = Math.Min(Math.Min(rectangle.BottomLeft.X, rectangle.BottomRight.X), Math.Min(rectangle.TopLeft.X, rectangle.TopRight.X));
        var right = Math.Max(Math.Max(rectangle.BottomLeft.X, rectangle.BottomRight.X), Math.Max(rectangle.TopLeft.X, rectangle.TopRight.X));
        var bottom = Math.Min(Math.Min(rectangle.BottomLeft.Y, rectangle.BottomRight.Y), Math.Min(rectangle.TopLeft.Y, rectangle.TopRight.Y));
        var top = Math.Max(Math.Max(rectangle.BottomLeft.Y, rectangle.BottomRight.Y), Math.Max(rectangle.TopLeft.Y, rectangle.TopRight.Y));
        return new Box(left, bottom, right, top);
    }
}
