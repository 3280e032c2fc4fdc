namespace Pipeline.Plugins.Summarizers.TextRank;

/// <summary>Which characters a word has, which decides how it is lower-cased.</summary>
internal enum Script
{
    /// <summary>ASCII only.</summary>
    Ascii,

    /// <summary>Latin-1 and typographic apostrophes (<c>Iran’s</c>, <c>coöperation</c>), at least one beyond ASCII.</summary>
    Latin1,

    /// <summary>Some other character.</summary>
    Other,
}
