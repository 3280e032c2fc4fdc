namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>A run of adjacent keywords collapsed into one keyphrase, with every place it occurs.</summary>
internal sealed class Keyphrase
{
    private readonly Dictionary<string, int> _forms = new(StringComparer.Ordinal);
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

    public void Add(int start, int end, string form)
    {
        Occurrences.Add((start, end));
        var count = _forms[form] = _forms.GetValueOrDefault(form) + 1;
        if (count > _commonest)
        {
            _commonest = count;
            Text = form;
        }
    }
}
