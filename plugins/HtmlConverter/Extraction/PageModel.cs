using AngleSharp.Dom;
using Pipeline.Abstractions;
using Pipeline.Plugins.HtmlConverter.Source;

namespace Pipeline.Plugins.HtmlConverter.Extraction;

/// <summary>
/// The page's elements in document order with what scoring needs of each: parent, whether it can hold article
/// text at all, and the amount of text, link text and commas in it and in the paragraph it opens.
/// </summary>
internal sealed class PageModel
{
    private readonly Dictionary<IElement, int> _index = new(ReferenceEqualityComparer.Instance);

    private PageModel(int capacity)
    {
        Elements = new List<IElement>(capacity);
    }

    public List<IElement> Elements { get; }

    public int Count => Elements.Count;

    public int[] Parent { get; private set; } = [];

    /// <summary>Never article text: the element or an ancestor is code, media, a control, navigation, hidden, or marked as furniture.</summary>
    public bool[] Excluded { get; private set; } = [];

    /// <summary>Not shown at all: code, styles, the head, hidden elements.</summary>
    public bool[] Invisible { get; private set; } = [];

    public bool[] IsBlock { get; private set; } = [];

    /// <summary>Letters and digits (not white space) of the text whose nearest block is the element.</summary>
    public int[] OwnText { get; private set; } = [];

    public int[] OwnLink { get; private set; } = [];

    public int[] OwnCommas { get; private set; } = [];

    public int[] TreeText { get; private set; } = [];

    public int[] TreeLink { get; private set; } = [];

    public int[] TreeCommas { get; private set; } = [];

    /// <summary>How many paragraphs (blocks of at least 25 characters of their own) the element holds.</summary>
    public int[] TreeParagraphs { get; private set; } = [];

    /// <summary>The index just past the element's last descendant: its subtree is [i, End[i]).</summary>
    public int[] End { get; private set; } = [];

    /// <summary>Text of the paragraphs (blocks of at least 25 characters of their own, less than half of them links) the element holds.</summary>
    public int[] TreeParagraphText { get; private set; } = [];

    /// <summary>Each element's nearest block: itself, or the block its text belongs to.</summary>
    public int[] NearestBlock { get; private set; } = [];

    /// <summary>The text nodes outside never-text elements, in document order, with the element holding each.</summary>
    public IReadOnlyList<IText> TextNodes { get; private set; } = [];

    public int[] TextHolders { get; private set; } = [];

    public int IndexOf(IElement element) => _index.TryGetValue(element, out var i) ? i : -1;

    public double LinkDensity(int i) => TreeText[i] == 0 ? 0 : (double)TreeLink[i] / TreeText[i];

    public static PageModel Build(IDocument document, HtmlOptions options, CancellationToken cancellationToken)
    {
        var model = new PageModel(1024);
        var parents = new List<int>();
        var depths = new List<int>();
        var hard = new List<bool>();
        var invisible = new List<bool>();
        var byClass = new List<bool>();
        var blocks = new List<bool>();
        var nearestBlock = new List<int>();
        var inLink = new List<bool>();
        var texts = new List<(int Holder, int Letters, int Commas)>();
        var nodes = new List<IText>();
        var visited = 0;
        foreach (var node in DocumentOrder.Nodes(document))
        {
            if ((++visited & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (node is IElement element)
            {
                var parent = element.ParentElement is { } p ? model.IndexOf(p) : -1;
                var depth = parent < 0 ? 0 : depths[parent] + 1;
                if (depth > options.MaxDepth)
                {
                    throw new DocumentRejectedException($"HTML nested deeper than {options.MaxDepth} elements (maxDepth); a page this deep is malformed or hostile");
                }

                if (model.Count >= options.MaxElements)
                {
                    throw new DocumentRejectedException($"HTML has more than {options.MaxElements} elements (maxElements)");
                }

                var index = model.Count;
                model._index.Add(element, index);
                model.Elements.Add(element);
                parents.Add(parent);
                depths.Add(depth);
                var name = element.LocalName;
                var isBlock = Tags.Blocks.Contains(name);
                hard.Add((parent >= 0 && hard[parent]) || NeverText(element, name));
                invisible.Add((parent >= 0 && invisible[parent]) || name is "script" or "style" or "template" or "head" or "noscript" or "svg" or "math" || Hidden(element));
                byClass.Add(name is not ("html" or "body" or "article" or "main") && ClassHints.IsFurniture(ClassAndId(element)));
                blocks.Add(isBlock);
                nearestBlock.Add(isBlock || parent < 0 ? index : nearestBlock[parent]);
                inLink.Add(name == "a" || (parent >= 0 && inLink[parent]));
            }
            else if (node is IText text && text.ParentElement is { } holder && model.IndexOf(holder) is >= 0 and var at && !hard[at])
            {
                var (letters, commas) = Measure(text.Data);
                if (letters > 0)
                {
                    texts.Add((at, letters, commas));
                    nodes.Add(text);
                }
            }
        }

        model.Invisible = [.. invisible];
        model.Parent = [.. parents];
        model.IsBlock = [.. blocks];
        model.Excluded = [.. hard];
        var nearest = nearestBlock.ToArray();
        var links = inLink.ToArray();
        model.Sum(texts, nearest, links);

        // Class and id words mark furniture, but not around most of the page's paragraphs: a wrapper
        // called "Page-ad-margins" or "paywall" can hold the whole article.
        var paragraphs = model.TreeParagraphText.Length == 0 ? 0 : model.TreeParagraphText.Max();
        var excluded = model.Excluded;
        for (var i = 0; i < model.Count; i++)
        {
            excluded[i] = excluded[i] || (model.Parent[i] >= 0 && excluded[model.Parent[i]]) || (byClass[i] && model.TreeParagraphText[i] < paragraphs / 2);
        }

        model.Sum(texts, nearest, links);
        model.NearestBlock = nearest;
        model.TextHolders = [.. texts.Select(t => t.Holder)];
        model.TextNodes = nodes;
        return model;
    }

    private void Sum(List<(int Holder, int Letters, int Commas)> texts, int[] nearestBlock, bool[] inLink)
    {
        OwnText = new int[Count];
        OwnLink = new int[Count];
        OwnCommas = new int[Count];
        foreach (var (holder, letters, commas) in texts)
        {
            if (Excluded[holder])
            {
                continue;
            }

            var block = nearestBlock[holder];
            OwnText[block] += letters;
            OwnCommas[block] += commas;
            if (inLink[holder])
            {
                OwnLink[block] += letters;
            }
        }

        TreeText = (int[])OwnText.Clone();
        TreeLink = (int[])OwnLink.Clone();
        TreeCommas = (int[])OwnCommas.Clone();
        TreeParagraphs = new int[Count];
        TreeParagraphText = new int[Count];
        End = new int[Count];
        for (var i = Count - 1; i >= 0; i--)
        {
            End[i] = Math.Max(End[i], i + 1);
            if (OwnText[i] >= 25)
            {
                TreeParagraphs[i]++;
                if (OwnLink[i] * 2 < OwnText[i])
                {
                    TreeParagraphText[i] += OwnText[i];
                }
            }

            if (Parent[i] is >= 0 and var parent)
            {
                TreeText[parent] += TreeText[i];
                TreeLink[parent] += TreeLink[i];
                TreeCommas[parent] += TreeCommas[i];
                TreeParagraphs[parent] += TreeParagraphs[i];
                TreeParagraphText[parent] += TreeParagraphText[i];
                End[parent] = Math.Max(End[parent], End[i]);
            }
        }
    }

    private static (int Letters, int Commas) Measure(string data)
    {
        var letters = 0;
        var commas = 0;
        foreach (var c in data)
        {
            if (c is ',' or '，' or '、')
            {
                commas++;
            }

            if (!char.IsWhiteSpace(c))
            {
                letters++;
            }
        }

        return (letters, commas);
    }

    private static bool Hidden(IElement element) =>
        element.HasAttribute("hidden") || (element.GetAttribute("style") is { } style && HidesItself(style));

    private static bool NeverText(IElement element, string name)
    {
        if (Tags.NeverText.Contains(name) || Hidden(element))
        {
            return true;
        }

        if (element.GetAttribute("aria-hidden") is "true"
            || (element.GetAttribute("role") is { } role && Tags.FurnitureRoles.Contains(role)))
        {
            return true;
        }

        return false;
    }

    public static string ClassAndId(IElement element)
    {
        var cls = element.GetAttribute("class");
        var id = element.Id;
        return id is null ? cls ?? string.Empty : cls is null ? id : cls + " " + id;
    }

    private static bool HidesItself(string style)
    {
        var compact = style.Replace(" ", string.Empty, StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase) || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }
}
