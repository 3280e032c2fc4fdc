namespace Pipeline.Plugins.HtmlConverter.Extraction;

/// <summary>
/// Finds the article in a page: paragraphs score their ancestors (readability's way: length, commas, less for
/// each level up), tags and class/id words weigh in, link-heavy candidates lose, and the best candidate's
/// siblings that look like more of the same join it.
/// </summary>
internal static class MainContent
{
    private const int MinParagraph = 25;

    /// <summary>The elements whose content is the article, in document order.</summary>
    public static IReadOnlyList<int> Roots(PageModel page)
    {
        var scores = Score(page);
        var top = -1;
        var best = 0.0;
        for (var i = 0; i < page.Count; i++)
        {
            if (scores[i] is { } score && !page.Excluded[i])
            {
                var final = score * (1 - page.LinkDensity(i));
                if (final > best)
                {
                    best = final;
                    top = i;
                }
            }
        }

        if (top < 0)
        {
            var body = page.Elements.FindIndex(e => e.LocalName == "body");
            return body < 0 ? [] : [body];
        }

        return Chunks(page, top) ?? WithSiblings(page, scores, top, best);
    }

    /// <summary>
    /// An article split into chunks (with ads or images between them) puts each chunk in a wrapper of its own,
    /// so the best candidate is one chunk. Its kin are the elements of the same tag and class under a near
    /// ancestor that hold paragraphs: together they are the article.
    /// </summary>
    private static List<int>? Chunks(PageModel page, int top)
    {
        var element = page.Elements[top];
        var signature = element.ClassName;
        if (string.IsNullOrWhiteSpace(signature))
        {
            return null;
        }

        var ancestor = page.Parent[top];
        for (var level = 0; level < 8 && ancestor >= 0 && page.Elements[ancestor].LocalName is not ("body" or "html"); level++, ancestor = page.Parent[ancestor])
        {
            List<int>? chunks = null;
            var extra = 0;
            for (var i = ancestor + 1; i < page.End[ancestor]; i++)
            {
                if (page.Excluded[i] || page.Elements[i].LocalName != element.LocalName || page.Elements[i].ClassName != signature)
                {
                    continue;
                }

                chunks ??= [];
                chunks.Add(i);
                extra += i == top ? 0 : page.TreeParagraphText[i];
                i = page.End[i] - 1;
            }

            if (chunks is { Count: > 1 } && extra >= page.TreeParagraphText[top] * 0.25)
            {
                return chunks;
            }
        }

        return null;
    }

    private static double?[] Score(PageModel page)
    {
        var scores = new double?[page.Count];
        for (var i = 0; i < page.Count; i++)
        {
            if (page.Excluded[i] || !page.IsBlock[i] || page.OwnText[i] < MinParagraph)
            {
                continue;
            }

            var score = 1.0 + page.OwnCommas[i] + Math.Min(page.OwnText[i] / 100, 3);
            // Text straight inside a container is a paragraph of that container (readability wraps it in a <p>).
            var ancestor = page.Elements[i].LocalName is "div" or "section" or "article" or "main" or "td" or "center" or "form" ? i : page.Parent[i];
            for (var level = 0; level < 5 && ancestor >= 0; level++, ancestor = page.Parent[ancestor])
            {
                scores[ancestor] ??= Initial(page, ancestor);
                scores[ancestor] += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            }
        }

        return scores;
    }

    private static double Initial(PageModel page, int i)
    {
        var tag = page.Elements[i].LocalName switch
        {
            "div" or "article" or "section" or "main" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        // A promising class name is worth its full weight only on an element that holds some paragraphs: on
        // a title or a teaser it would outweigh the article itself.
        var weight = ClassHints.Weight(PageModel.ClassAndId(page.Elements[i]));
        return tag + (weight > 0 ? weight * Math.Min(1, page.TreeParagraphText[i] / 500.0) : weight);
    }

    private static List<int> WithSiblings(PageModel page, double?[] scores, int top, double best)
    {
        var parent = page.Parent[top];
        if (parent < 0)
        {
            return [top];
        }

        var threshold = Math.Max(10, best * 0.2);
        var topClass = page.Elements[top].ClassName;
        var roots = new List<int>();
        for (var i = parent + 1; i < page.End[parent]; i++)
        {
            if (page.Parent[i] != parent || page.Excluded[i])
            {
                continue;
            }

            if (i == top)
            {
                roots.Add(i);
                continue;
            }

            var bonus = !string.IsNullOrEmpty(topClass) && page.Elements[i].ClassName == topClass ? best * 0.2 : 0;
            var final = scores[i] is { } score ? score * (1 - page.LinkDensity(i)) : 0;
            if (final + bonus >= threshold || LooksLikeParagraph(page, i))
            {
                roots.Add(i);
            }
        }

        return roots;
    }

    private static bool LooksLikeParagraph(PageModel page, int i)
    {
        if (page.Elements[i].LocalName != "p")
        {
            return false;
        }

        var length = page.TreeText[i];
        var density = page.LinkDensity(i);
        if (length > 80)
        {
            return density < 0.25;
        }

        var text = page.Elements[i].TextContent.TrimEnd();
        return length > 0 && density == 0 && (text.EndsWith('.') || text.Contains(". ", StringComparison.Ordinal));
    }
}
