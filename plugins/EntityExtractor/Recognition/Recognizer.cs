using Pipeline.Plugins.EntityExtractor.Text;
using Pipeline.Plugins.Shared.Memory;

namespace Pipeline.Plugins.EntityExtractor.Recognition;

/// <summary>
/// Finds people, organisations and places in one document. Runs of capitalised words are classified by
/// titles, organisation heads, the gazetteers and the words around them; single words the first pass cannot
/// place wait until the whole document has shown which full names it holds ("Kelmont" after "Dariusz Kelmont").
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "A recognizer lives on its thread between documents; what a long document grew is given back when the Found of its Find call is disposed.")]
internal sealed partial class Recognizer
{
    private const int MaxKey = 160;

    // A document with more mentions than this gives its recognizer's grown lists back rather than keep them on its thread.
    private const int MaxKeptMentions = 1 << 12;

    // One recognizer per thread, its lists and tables emptied between documents rather than allocated for each.
    [ThreadStatic]
    private static Recognizer? t_spare;

    private readonly Gazetteer _gazetteer = Gazetteer.Instance;
    private readonly NativeList<Mention> _mentions = new(64);
    private readonly NativeList<Pending> _pending = new(32);

    // Each distinct name's string, made once per document and numbered: "Chile" thirty times is one string.
    private readonly Dictionary<string, int> _strings = new(64, StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _stringLookup;
    private readonly List<string> _stringById = new(64);
    private readonly NameIndex _names = new();
    private readonly char[] _key = new char[MaxKey];

    private TokenList _tokens = null!;
    private string _text = string.Empty;
    private LowerWords _lowerWords = null!;

    // Each token's word class, looked up on first use; given back at the end of the document.
    private NativeArray<WordClass> _classes = null!;

    private Recognizer()
    {
        _stringLookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private enum PendingKind : byte
    {
        /// <summary>A capitalised word no list knows.</summary>
        Unknown,

        /// <summary>A city or state, unless the document names a person so.</summary>
        Place,

        /// <summary>A part of a hyphenated pair ("Oduya-Fendler").</summary>
        Part,

        /// <summary>Several capitalised words with no evidence yet.</summary>
        Words,
    }

    /// <summary>
    /// The entities of the document, ordered by start; <paramref name="knownPeople"/> (e.g. the byline's author)
    /// are names the text may shorten.
    /// </summary>
    /// <remarks>Dispose what it returns once read: that gives the recognizer back to the thread for its next document.</remarks>
    public static Found Find(TokenList tokens, IEnumerable<string> knownPeople, CancellationToken cancellationToken)
    {
        var recognizer = t_spare ?? new Recognizer();
        t_spare = null;
        recognizer.Begin(tokens);
        foreach (var name in knownPeople)
        {
            var space = name.IndexOf(' ', StringComparison.Ordinal);
            recognizer._names.Add(name, -1, GenderOf(recognizer._gazetteer.Classify(space < 0 ? name : name[..space])));
        }

        try
        {
            recognizer.FindRuns(cancellationToken);
            var firstPass = recognizer._mentions.Count;
            recognizer.ResolvePending();
            recognizer.ResolveCanonicalNames();
            SortHalves(recognizer._mentions.AsSpan(), firstPass);
            return new Found(recognizer, firstPass);
        }
        catch
        {
            recognizer.End();
            throw;
        }
        finally
        {
            recognizer._classes.Dispose();
            recognizer._tokens = null!;
            recognizer._text = string.Empty;
        }
    }

    private void Begin(TokenList tokens)
    {
        _tokens = tokens;
        _text = tokens.Text;
        _lowerWords = LowerWords.Rent();
        _mentions.Clear();
        _pending.Clear();
        _strings.Clear();
        _stringById.Clear();
        _names.Clear();
        _classes = new NativeArray<WordClass>(tokens.Count);
        _classes.AsSpan().Clear();
        for (var i = 0; i < tokens.Count; i++)
        {
            ref var token = ref tokens[i];
            if (token.IsWord && char.IsLower(_text[token.Start]))
            {
                _lowerWords.Add(token.Span(_text));
            }
        }
    }

    /// <summary>
    /// The first pass adds its mentions in text order, and so does the resolution of the words it left open, so
    /// the two halves are each sorted already and <see cref="Found"/> merges them as it is read. A half out of
    /// order after all is sorted here, which is all the merge needs.
    /// </summary>
    private static void SortHalves(Span<Mention> mentions, int firstPass)
    {
        SortIfNeeded(mentions[..firstPass]);
        SortIfNeeded(mentions[firstPass..]);

        static void SortIfNeeded(Span<Mention> half)
        {
            for (var i = 1; i < half.Length; i++)
            {
                if (half[i - 1].Start > half[i].Start)
                {
                    half.Sort(static (x, y) => x.Start.CompareTo(y.Start));
                    return;
                }
            }
        }
    }

    /// <summary>Gives the recognizer back to its thread, or its storage back to the system after a long document.</summary>
    private void End()
    {
        if (_mentions.Capacity <= MaxKeptMentions && _pending.Capacity <= MaxKeptMentions)
        {
            t_spare = this;
            return;
        }

        _mentions.Dispose();
        _pending.Dispose();
    }

    private void FindRuns(CancellationToken cancellationToken)
    {
        var i = 0;
        while (i < _tokens.Count)
        {
            if ((i & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (!_tokens[i].IsCapitalised)
            {
                i++;
                continue;
            }

            var end = RunEnd(i);
            if (!IsFieldLabel(i, end))
            {
                Classify(i, end, PrecededByThe(i));
            }

            i = end + 1;
        }
    }

    /// <summary>The last token of the run of capitalised words (and connectors between them) that starts at <paramref name="start"/>.</summary>
    private int RunEnd(int start)
    {
        var end = start;
        while (true)
        {
            ref var token = ref _tokens[end];
            if (token.Has(TokenFlags.Possessive | TokenFlags.LowerTail) || end + 1 >= _tokens.Count || !_tokens.Adjacent(end))
            {
                return end;
            }

            if (IsNameWord(end + 1))
            {
                end++;
                continue;
            }

            if (IsConnector(end + 1) && end + 2 < _tokens.Count && _tokens.Adjacent(end + 1) && IsNameWord(end + 2))
            {
                end += 2;
                continue;
            }

            return end;
        }
    }

    private bool IsNameWord(int index) => _tokens[index].IsCapitalised && !Is(Class(index), WordClass.Stop);

    /// <summary>Classifies the run [<paramref name="first"/>, <paramref name="last"/>], splitting it where it holds several names.</summary>
    private void Classify(int first, int last, bool afterThe)
    {
        while (last >= first && IsConnector(last))
        {
            last--;
        }

        while (first <= last)
        {
            var word = Name(first);
            if (IsConnector(first) || Is(Class(first), WordClass.Stop))
            {
                afterThe |= word.SequenceEqual("The");
                first++;
                continue;
            }

            // A sentence's first word that the text also writes in lower case is an ordinary word, and so is one
            // that only describes the person whose given name follows ("Actor Maria Ostrovska").
            if (_tokens[first].Has(TokenFlags.SentenceStart) && TitleLength(first, last) == 0
                && (IsLowerElsewhere(first) || (first < last && Is(Class(first + 1), WordClass.GivenName) && !Is(Class(first), WordClass.GivenName | WordClass.Country | WordClass.Place | WordClass.Organization | WordClass.OrganizationHead))))
            {
                first++;
                continue;
            }

            break;
        }

        if (first > last || TryTitle(first, last, afterThe))
        {
            return;
        }

        var key = Key(first, last);
        var keyClass = first == last ? Class(first) : Lookup(key);
        if (Is(keyClass, WordClass.PlaceAbbreviation | WordClass.Country))
        {
            Add(EntityKind.Location, first, last, 0.9);
            return;
        }

        if (Is(keyClass, WordClass.Organization))
        {
            Add(EntityKind.Organization, first, last, 0.9);
            return;
        }

        if (first < last && Is(keyClass, WordClass.Place))
        {
            Add(EntityKind.Location, first, last, 0.8);
            return;
        }

        if (HasOrganizationHead(first, last))
        {
            if (first < last)
            {
                Add(EntityKind.Organization, first, last, 0.8);
            }
            else if (afterThe)
            {
                // "the Times", "the Guards": the article is part of how the text names it.
                Add(EntityKind.Organization, first, last, 0.7, "the " + key.ToString());
            }

            return;
        }

        if (HasConnector(first, last))
        {
            SplitAtConnectors(first, last, afterThe);
            return;
        }

        if (Is(Class(first), WordClass.Calendar | WordClass.Demonym))
        {
            if (first < last)
            {
                Classify(first + 1, last, afterThe);
            }

            return;
        }

        if (first == last)
        {
            Single(first, afterThe);
        }
        else
        {
            Words(first, last, afterThe);
        }
    }

    private void Add(EntityKind kind, int first, int last, double score, string? canonical = null) =>
        _mentions.Add(new Mention
        {
            Kind = kind, Start = _tokens[first].Start, End = _tokens[last].NameEnd, First = first, Last = last, Score = score,
            Canonical = canonical is null ? Id(Key(first, last)) : Id(canonical),
        });

    private void AddPerson(int first, int last, double score, Gender gender)
    {
        if (gender == Gender.Unknown)
        {
            gender = GenderOf(Class(first));
        }

        var name = String(Key(first, last));
        _names.Add(name, _tokens[first].Start, gender);
        _mentions.Add(new Mention
        {
            Kind = EntityKind.Person, Start = _tokens[first].Start, End = _tokens[last].NameEnd, First = first, Last = last,
            Score = score, Gender = gender, Canonical = Id(name),
        });
    }

    /// <summary>The document's one string for <paramref name="name"/>.</summary>
    private string String(ReadOnlySpan<char> name) => _stringById[Id(name)];

    /// <summary>The number of the document's one string for <paramref name="name"/>.</summary>
    private int Id(ReadOnlySpan<char> name)
    {
        if (!_stringLookup.TryGetValue(name, out var id))
        {
            id = _stringById.Count;
            var text = name.ToString();
            _stringById.Add(text);
            _strings.Add(text, id);
        }

        return id;
    }

    private readonly record struct Pending(PendingKind Kind, int Token, int Start, int End, bool AfterThe);
}
