using Pipeline.Text.Sentences;

namespace Pipeline.Text;

/// <summary>
/// Splits English prose into sentences, in one forward pass without allocating.
/// </summary>
/// <remarks>
/// <para>
/// A sentence ends at terminal punctuation (<c>.</c>, <c>?</c>, <c>!</c>, an ellipsis) followed by white
/// space and a word that does not start in lower case, and takes the closing quotes and brackets after it
/// along (<c>“It is over.”</c>). A period does not end a sentence after a title (<c>Mr.</c>, <c>Gen.</c>,
/// <c>Dr.</c>), before a number (<c>No. 5</c>, <c>Jan. 3</c>), in a number, URL or e-mail address, or as
/// part of an initial or initialism (<c>J. R. R. Tolkien</c>, <c>U.S.</c>) unless the next word is one that
/// starts sentences (<c>the U.S. It</c>). A second period after an initialism ends the sentence
/// (<c>the J.C.P.O.A.. It</c>). A quote followed by its attribution stays one sentence
/// (<c>“It is over,” she said.</c>, <c>“Over?” she asked.</c>).
/// </para>
/// <para>
/// A paragraph break (a blank line) always ends a sentence. A single line break ends a line that has no
/// final punctuation, such as a title or a dateline, unless the line ends in a comma or dash or the next one
/// starts in lower case. Sentences glued together by a scraper (<c>rose 2%.Shares fell</c>) are split too.
/// </para>
/// <para>
/// Sentences are trimmed of white space; stretches without a letter or digit (separators such as
/// <c>* * *</c>) are not sentences. Offsets are UTF-16 indices into the text given.
/// </para>
/// </remarks>
public static class SentenceSegmenter
{
    /// <summary>The sentences of <paramref name="text"/>, in order, for <c>foreach</c>; nothing is allocated.</summary>
    public static SentenceEnumerator Enumerate(ReadOnlySpan<char> text) => new(text);

    /// <summary>The sentences of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<TextSpan> Split(ReadOnlySpan<char> text)
    {
        var sentences = new List<TextSpan>();
        foreach (var sentence in Enumerate(text))
        {
            sentences.Add(sentence);
        }

        return sentences;
    }

    /// <summary>
    /// Whether <paramref name="sentence"/> has no final punctuation (closing quotes and brackets aside), as a
    /// title, a dateline, a byline or a list item has: such lines are sentences to the splitter, but seldom
    /// belong in a summary.
    /// </summary>
    public static bool IsHeading(ReadOnlySpan<char> sentence)
    {
        var end = sentence.TrimEnd().Length;
        while (end > 0 && Characters.IsCloser(sentence[end - 1]))
        {
            end--;
        }

        return end == 0 || !Characters.IsTerminal(sentence[end - 1]);
    }
}
