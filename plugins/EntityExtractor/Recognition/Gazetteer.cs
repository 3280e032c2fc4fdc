namespace Pipeline.Plugins.EntityExtractor.Recognition;

/// <summary>
/// The embedded name lists (see Gazetteers/SOURCES.md) and the lexicon's capitalised lists, merged into one
/// table of word classes, read once per process on first use.
/// </summary>
internal sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    // Split by the key's first letter: the lower-case words a document asks about ("of", "van") then probe a table
    // small enough to stay in the cache instead of the one of names, which the other steps push out between documents.
    private readonly WordTable _capitalised;
    private readonly WordTable _others;
    private readonly WordTable _demonyms;

    private Gazetteer(Dictionary<string, uint> classes)
    {
        _capitalised = new WordTable(classes.Where(entry => IsCapitalised(entry.Key)).ToDictionary(StringComparer.Ordinal));
        _others = new WordTable(classes.Where(entry => !IsCapitalised(entry.Key)).ToDictionary(StringComparer.Ordinal));
        _demonyms = new WordTable(classes.Where(entry => (entry.Value & (uint)WordClass.Demonym) != 0).ToDictionary(StringComparer.Ordinal));
        Count = classes.Count;
    }

    public static Gazetteer Instance => Loaded.Value;

    public int Count { get; }

    /// <summary>What the lists say about <paramref name="words"/> (one word, or several joined by single spaces), compared exactly.</summary>
    public WordClass Classify(ReadOnlySpan<char> words) =>
        (WordClass)(IsCapitalised(words) ? _capitalised[words] : _others[words]);

    /// <summary>Whether <paramref name="word"/> is on the list of demonyms, compared exactly: <see cref="Classify"/> has <see cref="WordClass.Demonym"/>.</summary>
    public bool IsDemonym(ReadOnlySpan<char> word) => _demonyms[word] != 0;

    private static Gazetteer Load()
    {
        var classes = new Dictionary<string, uint>(16384, StringComparer.Ordinal);
        void Add(IEnumerable<string> words, WordClass wordClass)
        {
            foreach (var word in words)
            {
                classes[word] = classes.GetValueOrDefault(word) | (uint)wordClass;
            }
        }

        Add(Lines("countries"), WordClass.Country);
        Add(Lines("places"), WordClass.Country);
        Add(Lines("cities"), WordClass.Place);
        Add(Lines("divisions"), WordClass.Place);
        Add(Lines("demonyms"), WordClass.Demonym);
        foreach (var line in Lines("given-names"))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var gender = tab < 0 ? WordClass.None : line[(tab + 1)..] switch
            {
                "m" => WordClass.Male,
                "f" => WordClass.Female,
                _ => WordClass.None,
            };
            Add([tab < 0 ? line : line[..tab]], WordClass.GivenName | gender);
        }

        Add(Lexicon.Titles, WordClass.Title);
        Add(Lexicon.Titles.Where(t => t.Contains(' ', StringComparison.Ordinal)).Select(t => t[..t.IndexOf(' ', StringComparison.Ordinal)]), WordClass.TitleStart);
        Add(Lexicon.MaleTitles, WordClass.MaleTitle);
        Add(Lexicon.FemaleTitles, WordClass.FemaleTitle);
        Add(Lexicon.OrganizationHeads, WordClass.OrganizationHead);
        Add(Lexicon.Organizations, WordClass.Organization);
        Add(Lexicon.PlaceAbbreviations, WordClass.PlaceAbbreviation);
        Add(Lexicon.StopWords, WordClass.Stop);
        Add(Lexicon.Calendar, WordClass.Calendar);
        Add(Lexicon.Connectors, WordClass.Connector);
        Add(Lexicon.NameParticles, WordClass.Particle);
        return new Gazetteer(classes);
    }

    private static bool IsCapitalised(ReadOnlySpan<char> words) =>
        words.Length > 0 && (char.IsAsciiLetterUpper(words[0]) || (words[0] > '\x7F' && char.IsUpper(words[0])));

    private static List<string> Lines(string name)
    {
        var resource = "Gazetteers." + name + ".txt";
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the gazetteer {resource} is not embedded in {typeof(Gazetteer).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
