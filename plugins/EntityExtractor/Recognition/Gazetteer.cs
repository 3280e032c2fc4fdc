namespace Pipeline.Plugins.EntityExtractor.Recognition;

/// <summary>
/// The embedded name lists (see Gazetteers/SOURCES.md) and the lexicon's capitalised lists, merged into one
/// table of word classes, read once per process on first use.
/// </summary>
internal sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly WordTable _classes;

    private Gazetteer(WordTable classes)
    {
        _classes = classes;
    }

    public static Gazetteer Instance => Loaded.Value;

    public int Count => _classes.Count;

    /// <summary>What the lists say about <paramref name="words"/> (one word, or several joined by single spaces), compared exactly.</summary>
    public WordClass Classify(ReadOnlySpan<char> words) => (WordClass)_classes[words];

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
        return new Gazetteer(new WordTable(classes));
    }

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
