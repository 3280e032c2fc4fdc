using Lucene.Net.Tartarus.Snowball.Ext;

namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>The Snowball English (Porter2) stemmer of Lucene.Net; one per <see cref="WordTable"/>, since it keeps state.</summary>
internal sealed class WordStemmer
{
    private readonly EnglishStemmer _stemmer = new();

    public string Stem(string word)
    {
        _stemmer.SetCurrent(word);
        _stemmer.Stem();
        return _stemmer.Current;
    }
}
