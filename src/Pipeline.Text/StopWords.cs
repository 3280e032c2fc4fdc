using System.Collections.Frozen;

namespace Pipeline.Text;

/// <summary>
/// English function words (articles, pronouns, auxiliaries, prepositions, conjunctions, common adverbs),
/// plus the reporting verbs and titles that fill news copy (<c>said</c>, <c>says</c>, <c>Mr</c>), which
/// carry little of what a text is about. Matching ignores case; contractions are listed with a
/// straight apostrophe and also match with a typographic one (<c>don’t</c>).
/// </summary>
public static class StopWords
{
    private const string Words =
        "a about above across after afterwards again against ago all almost alone along already also although always am among "
        + "an and another any anybody anyone anything anyway anywhere are around as at be became because become becomes been "
        + "before beforehand behind being below beside besides between beyond both but by can cannot could did do does doing "
        + "done down during each either else elsewhere enough even ever every everyone everything everywhere except few for "
        + "former formerly from further had has have having he hence her here hereafter hers herself him himself his how however "
        + "i if in indeed into is it its itself just last latter least less many may me meanwhile might mine more moreover most "
        + "mostly much must my myself neither never nevertheless next no nobody none nor not nothing now nowhere of off often on "
        + "once one only onto or other others otherwise our ours ourselves out over own per perhaps rather same several she "
        + "should since so some somehow someone something sometimes somewhere still such than that the their theirs them "
        + "themselves then thence there thereafter thereby therefore therein these they this those though through throughout "
        + "thus to together too toward towards under unless until up upon us very via was we well were what whatever when "
        + "whenever where whereas wherever whether which while who whoever whom whose why will with within without would yet "
        + "you your yours yourself yourselves "
        + "isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't shan't shouldn't "
        + "can't couldn't mustn't mightn't i'm you're he's she's it's we're they're i've you've we've they've i'd you'd he'd "
        + "she'd we'd they'd i'll you'll he'll she'll we'll they'll that's there's here's what's who's let's "
        + "said says say mr mrs ms";

    private static readonly FrozenSet<string> Set =
        Words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Set.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The list, lower case, contractions with a straight apostrophe.</summary>
    public static IReadOnlySet<string> English => Set;

    /// <summary>Whether <paramref name="word"/> is a stop word, in any case, with either kind of apostrophe.</summary>
    public static bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        var apostrophe = word.IndexOf('\u2019');
        if (apostrophe < 0)
        {
            return Lookup.Contains(word);
        }

        // Contractions are short; a longer word with a typographic apostrophe is no stop word.
        Span<char> straight = stackalloc char[16];
        if (word.Length > straight.Length)
        {
            return false;
        }

        word.CopyTo(straight);
        straight = straight[..word.Length];
        straight.Replace('\u2019', '\'');
        return Lookup.Contains(straight);
    }
}
