namespace Pipeline.Plugins.EntityExtractor.Text;

/// <summary>What a token is.</summary>
internal enum TokenKind : byte
{
    /// <summary>Letters, with the apostrophes, hyphens and abbreviation periods inside them.</summary>
    Word,

    /// <summary>Starts with a digit: years, counts, "26th".</summary>
    Number,

    /// <summary>One punctuation character other than a double quotation mark.</summary>
    Punct,

    /// <summary>An opening double quotation mark (“ „ «).</summary>
    OpenQuote,

    /// <summary>A closing double quotation mark (” »).</summary>
    CloseQuote,

    /// <summary>A straight double quotation mark ("), opening or closing by its place.</summary>
    StraightQuote,
}

/// <summary>Facts about a token that the rules ask again and again, worked out once.</summary>
[Flags]
internal enum TokenFlags : ushort
{
    None = 0,

    /// <summary>Starts with an upper-case letter.</summary>
    Upper = 1 << 0,

    /// <summary>Two or more letters, none lower-case ("NATO", "U.N.").</summary>
    AllUpper = 1 << 1,

    /// <summary>Holds periods between letters ("U.S.", "J.C.P.O.A.") or is an abbreviation with its period ("Mr.").</summary>
    Dotted = 1 << 2,

    /// <summary>Ends in 's or ’s, which <see cref="Token.NameEnd"/> leaves out.</summary>
    Possessive = 1 << 3,

    /// <summary>The first word of a sentence, a line, or a quotation: its capital says little.</summary>
    SentenceStart = 1 << 4,

    /// <summary>White space comes before it.</summary>
    SpaceBefore = 1 << 5,

    /// <summary>A line break comes before it.</summary>
    LineStart = 1 << 6,

    /// <summary>Holds a hyphen ("Oduya-Fendler", "Lyon-based").</summary>
    Hyphenated = 1 << 7,

    /// <summary>A capitalised head with a lower-case tail ("Lyon-based"): <see cref="Token.NameEnd"/> ends the head.</summary>
    LowerTail = 1 << 8,
}

/// <summary>One token of a document; offsets are UTF-16 indices into its text.</summary>
internal struct Token
{
    public int Start;
    public int End;

    /// <summary>Where the part that can name something ends: before a possessive or a lower-case tail.</summary>
    public int NameEnd;

    /// <summary>Counts blank-line separated paragraphs from 0.</summary>
    public int Paragraph;

    public TokenKind Kind;
    public TokenFlags Flags;

    /// <summary>The character of a punctuation or quotation mark token.</summary>
    public char Char;

    public readonly bool Has(TokenFlags flag) => (Flags & flag) != 0;

    public readonly bool IsWord => Kind == TokenKind.Word;

    public readonly bool IsCapitalised => Kind == TokenKind.Word && (Flags & TokenFlags.Upper) != 0;

    public readonly bool IsPunct(char c) => Kind == TokenKind.Punct && Char == c;

    public readonly ReadOnlySpan<char> Span(string text) => text.AsSpan(Start, End - Start);

    public readonly ReadOnlySpan<char> Name(string text) => text.AsSpan(Start, NameEnd - Start);
}
