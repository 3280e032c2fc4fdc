using AngleSharp.Dom;
using Pipeline.Plugins.HtmlConverter.Extraction;
using Pipeline.Plugins.HtmlConverter.Source;

namespace Pipeline.Plugins.HtmlConverter.Output;

/// <summary>Writes the chosen parts of the page as text: paragraphs apart, furniture inside them left out.</summary>
internal sealed class ArticleWriter
{
    private readonly PageModel _page;
    private readonly TextNodeMap _map;
    private readonly EditWriter _writer;
    private readonly Func<int, bool> _keep;
    private readonly bool[] _excluded;

    /// <param name="page">The page.</param>
    /// <param name="map">Where its text nodes are in the source.</param>
    /// <param name="writer">Takes the kept text.</param>
    /// <param name="keep">Whether an element that is not excluded goes into the text.</param>
    /// <param name="excluded">Elements never written: the page's furniture, or only what is invisible.</param>
    public ArticleWriter(PageModel page, TextNodeMap map, EditWriter writer, Func<int, bool> keep, bool[] excluded)
    {
        _excluded = excluded;
        _page = page;
        _map = map;
        _writer = writer;
        _keep = keep;
    }

    public void Write(IElement root)
    {
        _writer.Separate(Separator.Paragraph);
        DocumentOrder.Walk(root, Enter, Leave);
        _writer.Separate(Separator.Paragraph);
    }

    private bool Enter(INode node)
    {
        if (node is IText text)
        {
            if (_map.TryGet(text, out var span))
            {
                _writer.Write(span, _map.Runs);
            }

            return false;
        }

        if (node is not IElement element || _page.IndexOf(element) is not (>= 0 and var i) || _excluded[i] || !_keep(i))
        {
            return false;
        }

        _writer.Separate(Opening(element.LocalName, i));
        return true;
    }

    private void Leave(INode node)
    {
        if (node is IElement element && _page.IndexOf(element) is >= 0 and var i)
        {
            _writer.Separate(Opening(element.LocalName, i));
        }
    }

    private Separator Opening(string name, int i) => name switch
    {
        "br" => Separator.Line,
        "td" or "th" => Separator.Space,
        _ when _page.IsBlock[i] => Separator.Paragraph,
        _ => Separator.None,
    };
}
