namespace Pipeline.Plugins.EntityExtractor.Recognition;

/// <summary>The kinds of entity the recognizer names.</summary>
internal enum EntityKind : byte
{
    None,
    Person,
    Organization,
    Location,
}

/// <summary>A person's gender as far as the document or the gazetteer tells; most names tell nothing.</summary>
internal enum Gender : byte
{
    Unknown,
    Male,
    Female,
}

/// <summary>One entity found in the text: the words that name it and what it is.</summary>
internal struct Mention
{
    /// <summary>UTF-16 offsets of the name, without a possessive ending.</summary>
    public int Start;
    public int End;

    /// <summary>The tokens the name spans, first and last.</summary>
    public int First;
    public int Last;

    public double Score;

    /// <summary>
    /// The fullest form the document gives (<c>Dariusz Kelmont</c> for <c>Kelmont</c>), as its number among the
    /// document's names (<see cref="Recognizer.Found.Name"/>): a mention holds no reference, so that a long
    /// document's mentions can live outside the collected heap.
    /// </summary>
    public int Canonical;

    public EntityKind Kind;
    public Gender Gender;
}
