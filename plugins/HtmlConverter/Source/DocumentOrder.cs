using AngleSharp.Dom;

namespace Pipeline.Plugins.HtmlConverter.Source;

/// <summary>
/// Walks a tree without recursion, so that the depth of a hostile page cannot overflow the stack, and by child
/// index: AngleSharp finds <c>NextSibling</c> by searching the parent's children, which is quadratic on wide nodes.
/// </summary>
internal static class DocumentOrder
{
    public static IEnumerable<INode> Nodes(INode root)
    {
        var stack = new Stack<(INodeList Children, int Next)>();
        stack.Push((root.ChildNodes, 0));
        while (stack.Count > 0)
        {
            var (children, next) = stack.Pop();
            if (next >= children.Length)
            {
                continue;
            }

            var node = children[next];
            stack.Push((children, next + 1));
            yield return node;
            if (node.HasChildNodes)
            {
                stack.Push((node.ChildNodes, 0));
            }
        }
    }

    /// <summary>Calls <paramref name="enter"/> on each node below <paramref name="root"/> (its children only when it returns true) and <paramref name="leave"/> after an entered node's children.</summary>
    public static void Walk(INode root, Func<INode, bool> enter, Action<INode> leave)
    {
        var stack = new Stack<(INode Parent, int Next)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (parent, next) = stack.Pop();
            var children = parent.ChildNodes;
            if (next >= children.Length)
            {
                if (stack.Count > 0)
                {
                    leave(parent);
                }

                continue;
            }

            var node = children[next];
            stack.Push((parent, next + 1));
            if (enter(node))
            {
                stack.Push((node, 0));
            }
        }
    }
}
