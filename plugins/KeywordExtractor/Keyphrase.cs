namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>A run of adjacent keywords collapsed into one keyphrase, with every place it occurs.</summary>
internal sealed class Keyphrase
{
    // Most phrases are written one way throughout; the table of written forms is made when a second one turns up.
    private string? _firstForm;
    private int _firstCount;
    private Dictionary<string, int>? _forms;
    private int _commonest;

    public Keyphrase(string key, double score)
    {
        Key = key;
        Score = score;
    }

    /// <summary>The vertex keys (stems) of its words, space-separated: what makes two occurrences the same phrase.</summary>
    public string Key { get; }

    /// <summary>The sum of its words' TextRank scores.</summary>
    public double Score { get; }

    /// <summary>Its commonest written form, lower-cased, words separated by one space; the first one seen on a tie.</summary>
    public string Text { get; private set; } = string.Empty;

    public int Rank { get; set; }

    public List<(int Start, int End)> Occurrences { get; } = [];

    public void Add(int start, int end, ReadOnlySpan<char> form)
    {
        Occurrences.Add((start, end));
        string written;
        int count;
        if (_forms is null && (_firstForm is null || form.SequenceEqual(_firstForm)))
        {
            written = _firstForm ??= new string(form);
            count = ++_firstCount;
        }
        else
        {
            _forms ??= new(StringComparer.Ordinal) { [_firstForm!] = _firstCount };
            var lookup = _forms.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(form, out written!, out count))
            {
                written = new string(form);
            }

            _forms[written] = ++count;
        }

        if (count > _commonest)
        {
            _commonest = count;
            Text = written;
        }
    }
}
