namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>A run of adjacent keywords collapsed into one keyphrase, with every place it occurs.</summary>
/// <remarks>A collector reuses its phrases from one document to the next (<see cref="Start"/>).</remarks>
internal sealed class Keyphrase
{
    // Most phrases are written one way throughout; the table of written forms is filled only when a second one turns up.
    private readonly Dictionary<string, int> _forms = new(StringComparer.Ordinal);
    private string? _firstForm;
    private int _firstCount;
    private int _commonest;

    /// <summary>The vertex keys (stems) of its words, space-separated: what makes two occurrences the same phrase.</summary>
    public string Key { get; private set; } = string.Empty;

    /// <summary>The sum of its words' TextRank scores.</summary>
    public double Score { get; private set; }

    /// <summary>Its commonest written form, lower-cased, words separated by one space; the first one seen on a tie.</summary>
    public string Text { get; private set; } = string.Empty;

    public int Rank { get; set; }

    public List<(int Start, int End)> Occurrences { get; } = [];

    /// <summary>Makes this the phrase <paramref name="key"/>, with no occurrence yet.</summary>
    public void Start(string key, double score)
    {
        Key = key;
        Score = score;
        Text = string.Empty;
        Rank = 0;
        Occurrences.Clear();
        _forms.Clear();
        _firstForm = null;
        _firstCount = 0;
        _commonest = 0;
    }

    /// <param name="start">Where the occurrence starts in the text.</param>
    /// <param name="end">Where it ends.</param>
    /// <param name="form">How it is written, lower-cased.</param>
    /// <param name="written"><paramref name="form"/> as a string when the caller has one, so that it need not be copied.</param>
    public void Add(int start, int end, ReadOnlySpan<char> form, string? written)
    {
        Occurrences.Add((start, end));
        int count;
        if (_forms.Count == 0 && (_firstForm is null || form.SequenceEqual(_firstForm)))
        {
            written = _firstForm ??= written ?? new string(form);
            count = ++_firstCount;
        }
        else
        {
            if (_forms.Count == 0)
            {
                _forms[_firstForm!] = _firstCount;
            }

            if (_forms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(form, out var known, out count))
            {
                written = known;
            }

            written ??= new string(form);
            _forms[written] = ++count;
        }

        if (count > _commonest)
        {
            _commonest = count;
            Text = written;
        }
    }
}
