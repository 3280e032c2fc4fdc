using System.Text;

namespace Pipeline.Plugins.HtmlConverter.Extraction;

/// <summary>
/// The page's own JSON-LD <c>articleBody</c>, used as a hint: the paragraphs whose words it holds mark the article,
/// and the element that holds the most of them and the least of everything else is the article's container.
/// </summary>
/// <remarks>Only a hint: a body that is short, truncated or not found in the page's paragraphs leaves the choice to the scoring.</remarks>
internal static class ArticleBodyHint
{
    private const int MinWords = 50;

    /// <summary>The article's container by the body's words, or null when the hint is missing or weak.</summary>
    /// <param name="page">The page.</param>
    /// <param name="articleBody">The JSON-LD articleBody.</param>
    /// <param name="scoredText">How much text the scoring found: a body much shorter is taken for a teaser and ignored.</param>
    public static int? Container(PageModel page, string? articleBody, int scoredText)
    {
        if (string.IsNullOrEmpty(articleBody) || Letters(articleBody) < scoredText * 0.6)
        {
            return null;
        }

        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Words(articleBody))
        {
            words.Add(word);
        }

        if (words.Count < MinWords)
        {
            return null;
        }

        var blockText = BlockTexts(page);
        var gain = new double[page.Count];
        double hitText = 0;
        foreach (var (block, text) in blockText)
        {
            if (page.Excluded[block])
            {
                continue;
            }

            var total = 0;
            var known = 0;
            foreach (var word in Words(text))
            {
                total++;
                if (words.Contains(word))
                {
                    known++;
                }
            }

            var hit = total > 0 && known >= total * 0.8;
            gain[block] = hit ? page.OwnText[block] : -page.OwnText[block];
            hitText += hit ? page.OwnText[block] : 0;
        }

        // Best subtree: each element's paragraphs found in the body, less those that are not.
        var sums = (double[])gain.Clone();
        for (var i = page.Count - 1; i > 0; i--)
        {
            if (page.Parent[i] >= 0)
            {
                sums[page.Parent[i]] += sums[i];
            }
        }

        var best = -1;
        for (var i = 0; i < page.Count; i++)
        {
            if (!page.Excluded[i] && (best < 0 || sums[i] > sums[best]))
            {
                best = i;
            }
        }

        return best >= 0 && hitText >= articleBody.Length * 0.5 && sums[best] >= hitText * 0.7 ? best : null;
    }

    private static int Letters(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            letters += char.IsWhiteSpace(c) ? 0 : 1;
        }

        return letters;
    }

    private static Dictionary<int, string> BlockTexts(PageModel page)
    {
        var builders = new Dictionary<int, StringBuilder>();
        for (var t = 0; t < page.TextNodes.Count; t++)
        {
            var holder = page.TextHolders[t];
            if (page.Excluded[holder])
            {
                continue;
            }

            var block = page.NearestBlock[holder];
            if (!builders.TryGetValue(block, out var builder))
            {
                builders[block] = builder = new StringBuilder();
            }

            builder.Append(page.TextNodes[t].Data).Append(' ');
        }

        return builders.ToDictionary(b => b.Key, b => b.Value.ToString());
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }
}
