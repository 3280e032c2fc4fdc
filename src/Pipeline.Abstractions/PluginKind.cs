namespace Pipeline.Abstractions;

/// <summary>What a plugin does to a document. Chains usually run converters, cleaners, extractors, summarizers in that order.</summary>
public enum PluginKind
{
    /// <summary>Edits the text: removes artifacts, normalises white space.</summary>
    Cleaner,

    /// <summary>Finds metadata and annotations without changing the text.</summary>
    Extractor,

    /// <summary>Writes the document's summary.</summary>
    Summarizer,

    /// <summary>Turns a document of another format into text.</summary>
    Converter,
}
