using AngleSharp.Dom;

namespace Pipeline.Plugins.HtmlConverter.Source;

/// <summary>Walks a tree without recursion, so that the depth of a hostile page cannot overflow the stack.</summary>
internal static class DocumentOrder
{
    public static IEnumerable<INode> Nodes(INode root)
    {
        var node = root.FirstChild;
        while (node is not null)
        {
            yield return node;
            if (node.FirstChild is { } child)
            {
                node = child;
                continue;
            }

            while (node is not null && node != root && node.NextSibling is null)
            {
                node = node.Parent;
            }

            node = node is null || node == root ? null : node.NextSibling;
        }
    }
}
