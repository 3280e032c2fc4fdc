using System.Collections.Frozen;

namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>
/// Closed-class English words and the commonest verbs, for the syntactic filter. General English, written
/// for this filter: determiners, pronouns, prepositions, conjunctions, auxiliaries, frequent adverbs,
/// number words; and the verbs frequent enough that their bare form misleads a spelling-only guess.
/// </summary>
internal static class Lexicon
{
    /// <summary>Words that introduce a noun phrase: articles, demonstratives, possessives, quantifiers.</summary>
    public static readonly FrozenSet<string> Determiners = Set("""
        a an the this that these those my your his her its our their whose each every either neither
        some any no all both several many much more most few fewer less least other another such what which
        whatever whichever enough own same certain
        """);

    /// <summary>Prepositions other than <c>to</c>, which also marks an infinitive.</summary>
    public static readonly FrozenSet<string> Prepositions = Set("""
        about above across after against along amid amidst among amongst around as at before behind below
        beneath beside besides between beyond by despite down during except for from in inside into like near
        of off on onto out outside over past per since through throughout till toward towards under underneath
        unlike until up upon via with within without versus vs including regarding concerning according
        """);

    /// <summary>Words after which a bare verb form is a verb: modals and the auxiliary <c>do</c>.</summary>
    public static readonly FrozenSet<string> Modals = Set("""
        can could will would shall should may might must cannot can't couldn't won't wouldn't shan't shouldn't
        mustn't do does did don't doesn't didn't 'll 'd ought
        """);

    /// <summary>Subject pronouns: what follows them is usually the verb.</summary>
    public static readonly FrozenSet<string> Subjects = Set("i we they you he she who");

    /// <summary>Object pronouns, which follow verbs rather than nouns.</summary>
    public static readonly FrozenSet<string> Objects = Set("me us them him her it you");

    /// <summary>Every other closed-class or very light word; none of them is a keyword.</summary>
    public static readonly FrozenSet<string> Other = Set("""
        to i me mine myself we us ours ourselves you yours yourself yourselves he him himself she hers herself it
        itself they them theirs themselves who whom someone somebody something anyone anybody anything everyone
        everybody everything nobody nothing none one ones oneself
        and or but nor so yet if because although though while whereas unless whether whenever wherever lest than
        then also once
        be am is are was were been being have has had having done doing get gets got getting let lets
        it's that's there's here's what's who's let's i'm you're we're they're he's she's i've we've they've
        you've i'd we'd they'd he'd she'd you'd i'll we'll they'll you'll he'll she'll it'll isn't aren't
        wasn't weren't hasn't haven't hadn't ain't
        not no yes very too just only even still already again ever never always often sometimes usually
        perhaps maybe quite rather almost nearly here there now when where why how thus hence therefore however
        moreover furthermore indeed instead otherwise meanwhile else away back soon later today tomorrow
        yesterday ago well far once twice together afterward afterwards forward anyway anyhow somehow somewhat
        sure really mostly especially particularly simply nonetheless nevertheless whose whom
        zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
        seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds
        thousand thousands million millions billion billions trillion dozen dozens first second third fourth
        fifth sixth seventh eighth ninth tenth last next half
        mr mrs ms dr prof st etc e.g. i.e. et al oh ok okay
        say says said tell tells told ask asks asked make makes made go goes went gone come comes came take takes
        took taken give gives gave given know knows knew known see sees saw seen seem seems seemed think thinks
        thought want wants wanted become becomes became put puts like likes
        """);

    /// <summary>Bare forms of frequent verbs; many are nouns too (<c>a set</c>, <c>the deal</c>), which context decides.</summary>
    public static readonly FrozenSet<string> Verbs = Set("""
        use find work feel try leave call need mean keep begin show hear play run move live believe bring happen
        write provide sit stand lose pay meet include continue set learn change lead understand watch follow stop
        create speak read allow add spend grow open walk win offer remember love consider appear buy wait serve
        die send expect build stay fall cut reach kill remain suggest raise pass sell require report decide pull
        return explain hope develop carry break receive agree support hit produce eat cover catch draw choose
        cause point listen realize realise place close involve increase fill drive plan deal establish apply
        prevent express protect avoid reduce claim remove describe announce approve deny suppose seek face form
        act control help start turn hold tend argue prefer join enjoy treat push visit contain oppose expand
        improve enter share accept attack prepare discuss refuse respond manage replace fight throw ensure
        mention intend compare promise launch design check test handle depend exist fail fit assume
        """);

    /// <summary>Irregular past forms and participles; as candidates they would be verbs.</summary>
    public static readonly FrozenSet<string> PastForms = Set("""
        found felt began begun brought bought built held kept left lost meant met paid ran sat sent spent stood
        understood won wrote written spoke spoken grew grown drew drawn chose chosen fell fallen led heard broke
        broken ate eaten drove driven flew flown fought caught taught sought struck rose risen hid hidden shook
        forgot forgotten threw thrown wore worn sold stuck swept wept withdrew withdrawn undertook undertaken
        overtook overtaken arose arisen
        """);

    /// <summary>Words ending in <c>-ing</c> that are nouns wherever they stand.</summary>
    public static readonly FrozenSet<string> IngNouns = Set("""
        morning evening ceiling wedding pudding sibling darling sterling meeting building funding housing clothing
        training warning bombing shooting spending beginning uprising gathering hearing briefing ruling setting
        understanding feeling painting offering marketing engineering manufacturing planning banking financing
        landing parking shipping timing boxing lightning
        """);

    /// <summary>Words ending in <c>-ed</c> that are not past forms.</summary>
    public static readonly FrozenSet<string> EdWords = Set("""
        bed red shed sled need speed seed feed weed breed creed greed deed reed steed hundred kindred sacred naked
        wicked rugged ragged
        """);

    /// <summary>Words ending in <c>-ly</c> that are not adverbs.</summary>
    public static readonly FrozenSet<string> LyWords = Set("""
        family italy july supply reply assembly ally rally anomaly monopoly butterfly homily early daily weekly
        monthly yearly quarterly likely unlikely friendly unfriendly lovely elderly holy ugly costly deadly lonely
        silly belly jelly bully lily
        """);

    /// <summary>Endings that mark adjectives (and a few noun-like modifiers) in English.</summary>
    public static readonly string[] AdjectiveEndings =
    [
        "al", "ar", "ic", "ive", "ous", "ful", "less", "able", "ible", "ary", "ent", "ant", "ile", "ian", "ese",
    ];

    /// <summary>Endings of nouns and adjectives that a verb never has; such a word stays a candidate after <c>to</c>.</summary>
    public static readonly string[] NominalEndings =
    [
        "tion", "sion", "ment", "ness", "ity", "ism", "ist", "ship", "hood", "dom", "ance", "ence", "ery", "ory",
    ];

    private static FrozenSet<string> Set(string words) =>
        words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
}
