namespace Pipeline.Plugins.HtmlConverter.Extraction;

/// <summary>Inside the article's elements, what still goes: readability's "conditional cleaning" of link lists, teasers and the title.</summary>
internal static class ContentFilter
{
    public static bool Keep(PageModel page, int i)
    {
        var name = page.Elements[i].LocalName;
        if (name == "h1")
        {
            return false;
        }

        if (page.TreeText[i] == 0)
        {
            return true;
        }

        var density = page.LinkDensity(i);
        if (density > 0.5)
        {
            return false;
        }

        if (name is not ("div" or "section" or "ul" or "ol" or "table" or "dl" or "header"))
        {
            return true;
        }

        var weight = ClassHints.Weight(PageModel.ClassAndId(page.Elements[i]));
        if (weight < 0)
        {
            return false;
        }

        if (page.TreeCommas[i] >= 10)
        {
            return true;
        }

        return weight >= 25 ? density <= 0.5 : density <= 0.2;
    }
}
