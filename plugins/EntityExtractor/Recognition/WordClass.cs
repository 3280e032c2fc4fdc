namespace Pipeline.Plugins.EntityExtractor.Recognition;

/// <summary>Everything the lists say about one word or phrase, so that one lookup answers every question the rules ask of it.</summary>
[Flags]
internal enum WordClass : uint
{
    None = 0,
    Stop = 1 << 0,
    Title = 1 << 1,

    /// <summary>The first word of a title of several words ("Secretary" of "Secretary of State").</summary>
    TitleStart = 1 << 2,
    MaleTitle = 1 << 3,
    FemaleTitle = 1 << 4,
    OrganizationHead = 1 << 5,
    Organization = 1 << 6,
    PlaceAbbreviation = 1 << 7,

    /// <summary>A country, continent or region: never a person.</summary>
    Country = 1 << 8,

    /// <summary>A city, state or province: a place unless the document shows a person of that name.</summary>
    Place = 1 << 9,
    Demonym = 1 << 10,
    Calendar = 1 << 11,
    Connector = 1 << 12,
    Particle = 1 << 13,
    GivenName = 1 << 14,
    Male = 1 << 15,
    Female = 1 << 16,

    /// <summary>Marks a cached entry as looked up.</summary>
    Known = 1u << 31,
}
