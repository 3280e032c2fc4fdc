namespace Pipeline.Plugins.WhitespaceCleaner;

/// <summary>The rules an edit applied; one edit can apply several when they meet in one run of white space.</summary>
[Flags]
internal enum Rule
{
    None = 0,
    Nfc = 1 << 0,
    NonBreakingSpace = 1 << 1,
    ZeroWidth = 1 << 2,
    SpaceRun = 1 << 3,
    LeadingSpace = 1 << 4,
    TrailingSpace = 1 << 5,
    LineBreak = 1 << 6,
    BlankLines = 1 << 7,
    DocumentStart = 1 << 8,
    DocumentEnd = 1 << 9,
    Quote = 1 << 10,
}
