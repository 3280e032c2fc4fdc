namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>One word of the text: its span, its entry in the <see cref="Vocabulary"/> (or -1) and how it sits in the text.</summary>
internal readonly record struct Token(int Start, int End, int Word, TokenFlags Flags)
{
    public bool Has(TokenFlags flag) => (Flags & flag) != 0;
}

/// <summary>What a token's spelling and the characters before it say.</summary>
[Flags]
internal enum TokenFlags
{
    None = 0,

    /// <summary>Starts with an upper-case letter.</summary>
    Capitalized = 1 << 0,

    /// <summary>First token, or the first after <c>.</c>, <c>!</c>, <c>?</c> or a blank line.</summary>
    SentenceStart = 1 << 1,

    /// <summary>Only white space, with one line break at most, separates it from the token before.</summary>
    Adjacent = 1 << 2,

    /// <summary>Was followed by <c>'s</c>, which the span and the word leave out.</summary>
    Possessive = 1 << 3,

    /// <summary>Two or more letters, all upper case (<c>NATO</c>, <c>U.N.</c>).</summary>
    Acronym = 1 << 4,
}
