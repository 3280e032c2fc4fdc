namespace Pipeline.Plugins.ScrapeLayoutCleaner;

/// <summary>How a removed part takes the blank lines around it, so that removing it leaves no gap of its own.</summary>
internal enum PieceKind
{
    /// <summary>Exactly its range (the attribution prefix).</summary>
    Exact,

    /// <summary>Its lines and the blank lines after them (the header).</summary>
    Head,

    /// <summary>Its lines and the blank lines on both sides (the bio and the footer): the body then ends with its own last line break.</summary>
    Tail,
}

/// <summary>A recognised part of the layout, to be removed: [<see cref="Start"/>, <see cref="End"/>) of the step's text.</summary>
internal readonly record struct Piece(int Start, int End, PieceKind Kind, string Reason);
