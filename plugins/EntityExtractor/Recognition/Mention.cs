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

    public EntityKind Kind;
    public double Score;

    /// <summary>The fullest form the document gives (<c>Dariusz Kelmont</c> for <c>Kelmont</c>); null until resolved.</summary>
    public string? Canonical;

    public Gender Gender;
}
