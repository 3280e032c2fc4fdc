namespace Pipeline.Plugins.QuoteExtractor.Quotes;

/// <summary>One pair of double quotation marks and what lies between them.</summary>
internal struct Quotation
{
    /// <summary>Token index of the opening mark.</summary>
    public int Open;

    /// <summary>Token index of the closing mark; -1 when the quotation runs on into the next paragraph without one.</summary>
    public int Close;

    /// <summary>UTF-16 offsets of the quoted words, without the marks and the white space inside them.</summary>
    public int Start;
    public int End;

    public int Paragraph;

    /// <summary>How many words and numbers it quotes.</summary>
    public int Words;
}
