namespace Pipeline.Plugins.KeywordExtractor;

/// <summary>What a word can be, judged from its spelling and the <see cref="Lexicon"/> alone; context decides the rest.</summary>
internal enum WordClass : byte
{
    /// <summary>Closed class (conjunctions, pronouns, auxiliaries, frequent adverbs, light verbs) or too short: never a keyword.</summary>
    Closed,

    /// <summary>Announces a noun: an article, demonstrative, possessive or quantifier.</summary>
    Determiner,

    /// <summary>A preposition other than <c>to</c>.</summary>
    Preposition,

    /// <summary><c>to</c>: a preposition, or the mark of an infinitive.</summary>
    To,

    /// <summary>A modal or <c>do</c>: a verb follows.</summary>
    Modal,

    /// <summary>A subject pronoun: a verb usually follows.</summary>
    Subject,

    /// <summary>Written with digits, or a number word.</summary>
    Number,

    /// <summary>An adverb by its <c>-ly</c> ending.</summary>
    Adverb,

    /// <summary>A past form: <c>-ed</c> or an irregular one.</summary>
    Past,

    /// <summary>An <c>-ing</c> form: a verb, or an adjective before a noun.</summary>
    Ing,

    /// <summary>The bare form of a frequent verb, which may be a noun.</summary>
    Verb,

    /// <summary>The <c>-s</c> form of a frequent verb, which may be a plural noun.</summary>
    VerbS,

    /// <summary>A noun or adjective, by default.</summary>
    Open,

    /// <summary>An open word with an adjective ending.</summary>
    Adjective,
}
