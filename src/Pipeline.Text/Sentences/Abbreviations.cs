using System.Collections.Frozen;

namespace Pipeline.Text.Sentences;

/// <summary>How a word written with a final period behaves at a possible sentence end.</summary>
internal enum AbbreviationKind
{
    /// <summary>An ordinary word: its period ends the sentence.</summary>
    None,

    /// <summary>A title before a name (<c>Mr.</c>, <c>Gen.</c>): never ends a sentence.</summary>
    Title,

    /// <summary>Comes before a number (<c>No. 5</c>, <c>Jan. 3</c>): ends a sentence unless a number follows.</summary>
    Numeric,

    /// <summary>Often last in a sentence too (<c>Inc.</c>, <c>etc.</c>, <c>U.S.</c>): ends one only before a word that usually starts one.</summary>
    Ambiguous,

    /// <summary>Always followed by more of its sentence (<c>vs.</c>, <c>e.g.</c>).</summary>
    Never,

    /// <summary>A single capital, as in <c>J. R. R. Tolkien</c>: like <see cref="Ambiguous"/>, and never before another initial.</summary>
    Initial,
}

/// <summary>English abbreviations that are written with a period, by how they behave.</summary>
internal static class Abbreviations
{
    /// <summary>Abbreviations and initialisms are short; a longer token is an ordinary word, a number or an address.</summary>
    public const int MaxLength = 24;

    private static readonly FrozenDictionary<string, AbbreviationKind> Known = Build();

    private static readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How <paramref name="word"/> (the token before a period, without it) behaves.</summary>
    public static AbbreviationKind Classify(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxLength)
        {
            return AbbreviationKind.None;
        }

        if (Lookup.TryGetValue(word, out var kind))
        {
            return kind;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return AbbreviationKind.Initial;
        }

        return IsInitialism(word) ? AbbreviationKind.Ambiguous : AbbreviationKind.None;
    }

    /// <summary>Letters in groups of one or two separated by periods: <c>U.S</c>, <c>J.C.P.O.A</c>, <c>Ph.D</c>, <c>a.m</c>.</summary>
    private static bool IsInitialism(ReadOnlySpan<char> word)
    {
        var dots = 0;
        var run = 0;
        foreach (var c in word)
        {
            if (c == '.')
            {
                if (run == 0)
                {
                    return false;
                }

                dots++;
                run = 0;
            }
            else if (char.IsLetter(c) && ++run <= 2)
            {
                continue;
            }
            else
            {
                return false;
            }
        }

        return dots > 0 && run > 0;
    }

    private static FrozenDictionary<string, AbbreviationKind> Build()
    {
        var known = new Dictionary<string, AbbreviationKind>(StringComparer.OrdinalIgnoreCase);
        Add(known, AbbreviationKind.Title,
            "Mr Mrs Ms Messrs Mme Mlle Dr Drs Prof Profs Gen Gens Col Lt Lieut Sgt Capt Cmdr Cdr Adm Maj Brig Cpl Pvt "
            + "Rev Revd Fr Sen Sens Rep Reps Gov Pres Supt Insp Det Hon Rt Amb Atty Cmdt Sra Srta");
        Add(known, AbbreviationKind.Numeric,
            "No Nos Art Arts Fig Figs Vol Vols p pp ch chap sec secs para tel ext op pt pts min mins hr hrs approx ca "
            + "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec");
        Add(known, AbbreviationKind.Ambiguous,
            "Inc Ltd Co Cos Corp Bros plc Jr Sr Esq etc al St Ste Mt Ft Ave Rd Blvd Dept Univ Assn Intl Govt");
        Add(known, AbbreviationKind.Never, "vs cf viz eg ie incl esp resp");
        return known.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static void Add(Dictionary<string, AbbreviationKind> known, AbbreviationKind kind, string words)
    {
        foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            known[word] = kind;
        }
    }
}
