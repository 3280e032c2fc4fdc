using Pipeline.Abstractions;

namespace Pipeline.Plugins.MarkdownConverter.Rendering;

/// <summary>Refuses a document nested deeper than the step's <c>maxDepth</c>, before the walk through it goes deeper.</summary>
internal static class DepthGuard
{
    public static void Check(int depth, int maxDepth)
    {
        if (depth > maxDepth)
        {
            throw new DocumentRejectedException(
                $"Markdown nested more than maxDepth {maxDepth} levels deep (block quotes, lists, emphasis and links); a document this deep is malformed or hostile");
        }
    }
}
