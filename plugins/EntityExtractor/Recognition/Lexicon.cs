namespace Pipeline.Plugins.EntityExtractor.Recognition;

/// <summary>
/// The closed word lists the rules use: titles, organisation heads, function words, months, speech verbs.
/// Written for DocPipe; multi-word entries are single-spaced and matched against runs of tokens.
/// </summary>
internal static class Lexicon
{
    /// <summary>Titles and ranks that make the capitalised words after them a person's name.</summary>
    public static readonly string[] Titles =
    [
        "President", "Vice President", "Vice-President", "President-elect", "Prime Minister", "Deputy Prime Minister", "Minister",
        "Foreign Minister", "Defense Minister", "Defence Minister", "Finance Minister", "Interior Minister", "Secretary",
        "Secretary of State", "Secretary of Defense", "Secretary-General", "Secretary General", "Chancellor", "Premier",
        "Senator", "Sen.", "Representative", "Rep.", "Congressman", "Congresswoman", "Governor", "Gov.", "Mayor", "Ambassador",
        "Judge", "Justice", "Chief Justice", "Attorney General", "General", "Gen.", "Major General", "Lieutenant General",
        "Brigadier General", "Brig. Gen.", "Maj. Gen.", "Lt. Gen.", "Admiral", "Adm.", "Colonel", "Col.", "Lieutenant", "Lt.",
        "Captain", "Capt.", "Sergeant", "Sgt.", "Commander", "Field Marshal", "Marshal", "Supreme Leader", "King", "Queen",
        "Prince", "Princess", "Crown Prince", "Emperor", "Empress", "Sultan", "Emir", "Sheikh", "Sheik", "Ayatollah",
        "Grand Ayatollah", "Pope", "Cardinal", "Archbishop", "Bishop", "Rabbi", "Imam", "Rev.", "Reverend", "Dr.", "Doctor",
        "Prof.", "Professor", "Mr.", "Mrs.", "Ms.", "Mx.", "Mr", "Mrs", "Ms", "Dr", "Miss", "Sir", "Dame", "Lord", "Lady", "Chairman", "Chairwoman",
        "Director", "Commissioner", "Speaker", "Pres.", "Hon.",
    ];

    /// <summary>Titles that say the person's gender.</summary>
    public static readonly string[] MaleTitles =
    [
        "Mr.", "Mr", "Sir", "Lord", "King", "Prince", "Crown Prince", "Emperor", "Sultan", "Emir", "Sheikh", "Sheik", "Congressman", "Chairman", "Pope",
    ];

    public static readonly string[] FemaleTitles =
    [
        "Mrs.", "Ms.", "Mrs", "Ms", "Miss", "Dame", "Lady", "Queen", "Princess", "Empress", "Congresswoman", "Chairwoman",
    ];

    /// <summary>Head words of organisation names: a run holding one is an organisation.</summary>
    public static readonly string[] OrganizationHeads =
    [
        "Institute", "University", "College", "School", "Academy", "Council", "Agency", "Group", "Club", "Administration",
        "Force", "Forces", "Guards", "Guard", "Center", "Centre", "Committee", "Commission", "Department", "Ministry", "Party",
        "Bank", "Association", "Company", "Corporation", "Corp.", "Inc.", "Ltd.", "LLC", "Conference", "Foundation", "Fund",
        "Army", "Navy", "Corps", "Court", "Congress", "Parliament", "Assembly", "Senate", "House", "Office", "Service", "Services",
        "Authority", "Board", "Bureau", "Federation", "League", "Organization", "Organisation", "Alliance", "Society", "Church",
        "Airlines", "Airways", "Motors", "Industries", "Holdings", "Project", "Network", "Hospital", "Police", "Movement",
        "Front", "Brigade", "Brigades", "Coalition", "Union", "Times", "Post", "Journal", "Tribune", "Herald", "Gazette", "News",
        "Press", "Magazine", "Television", "Radio", "Trust", "Institution", "Laboratory", "Museum", "Library", "Cabinet",
        "Command", "Embassy", "Consulate", "Secretariat", "Tribunal", "Exchange", "Reserve", "Programme", "Program", "Studies",
    ];

    /// <summary>Organisations named by one word or a fixed phrase, and their abbreviations.</summary>
    public static readonly string[] Organizations =
    [
        "Congress", "Parliament", "Senate", "Kremlin", "Pentagon", "Navy", "Army", "Knesset", "Duma", "Majlis", "Bundestag",
        "NATO", "OPEC", "Hamas", "Hezbollah", "Taliban", "Interpol", "Europol", "Reuters", "United Nations", "European Union",
        "White House", "Security Council", "Supreme Court", "Al Qaeda", "ISIS", "ISIL", "U.N.", "UN", "C.I.A.", "CIA", "F.B.I.",
        "FBI", "N.S.A.", "NSA", "E.U.", "EU", "I.A.E.A.", "IAEA", "I.M.F.", "IMF", "WTO", "KGB", "FSB", "IRGC", "BBC", "CNN", "NPR",
        "AFP", "OSCE", "UNESCO", "UNICEF", "WHO",
    ];

    /// <summary>Places written as abbreviations.</summary>
    public static readonly string[] PlaceAbbreviations =
    [
        "U.S.", "US", "U.S.A.", "USA", "U.K.", "UK", "U.A.E.", "UAE", "D.C.", "U.S.S.R.", "USSR",
    ];

    /// <summary>Capitalised function words: at the start of a run they are not part of a name.</summary>
    public static readonly string[] StopWords =
    [
        "The", "A", "An", "In", "On", "At", "For", "From", "To", "By", "With", "Of", "And", "But", "Or", "Nor", "So", "Yet", "If",
        "As", "Since", "After", "Before", "When", "While", "Where", "Whereas", "What", "Whatever", "Who", "Why", "How", "Which",
        "This", "That", "These", "Those", "There", "Here", "It", "Its", "He", "She", "They", "We", "I", "You", "Me", "Him", "Her",
        "His", "Hers", "Their", "Our", "My", "Your", "Us", "Them", "Now", "Then", "Both", "Each", "Every", "All", "Any", "Some",
        "Many", "Much", "Most", "More", "Few", "No", "Not", "None", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
        "Nine", "Ten", "Over", "Under", "During", "Despite", "Although", "Though", "Because", "Unless", "Until", "Also", "Even",
        "Just", "Only", "Still", "Neither", "Either", "Last", "Next", "First", "Far", "Such", "Afterward", "Afterwards",
        "Meanwhile", "However", "Moreover", "Sometimes", "Yes", "Among", "Against", "Without", "Within", "About", "Above",
        "Below", "Between", "Through", "Across", "Along", "Around", "Behind", "Beyond", "Like", "Unlike", "Once", "Whether",
        "Instead", "Indeed", "Thus", "Hence", "Perhaps", "Maybe", "Today", "Yesterday", "Tomorrow", "Tonight", "Already",
        "Again", "Never", "Always", "Often", "Later", "Earlier", "Soon", "Do", "Does", "Did", "Is", "Are", "Was", "Were", "Be",
        "Has", "Have", "Had", "Will", "Would", "Can", "Could", "Should", "Must", "Might", "Let", "Please", "Thank", "Thanks",
        "Oh", "Well", "Story", "Photo", "Read", "More", "See", "Share", "Click", "Sign", "Subscribe",
    ];

    /// <summary>Lower-case words that may join the capitalised words of one name ("Institute for ...", "Bank of ...").</summary>
    public static readonly string[] Connectors =
    [
        "of", "for", "and", "de", "del", "della", "der", "den", "van", "von", "du", "da", "dos", "das", "bin", "ibn", "al", "el", "le", "la", "&",
    ];

    /// <summary>Connectors that may sit inside a person's name ("Ludwig van Beethoven").</summary>
    public static readonly string[] NameParticles =
    [
        "de", "del", "della", "der", "den", "van", "von", "du", "da", "dos", "das", "bin", "ibn", "al", "el", "le", "la",
    ];

    /// <summary>Months (with their abbreviations), weekdays and holidays: never people.</summary>
    public static readonly string[] Calendar =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Jan.", "Feb.", "Mar.", "Apr.",
        "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday", "Sunday", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Christmas", "Easter", "Ramadan", "Eid",
        "Thanksgiving", "Hanukkah", "Passover", "Nowruz", "Lent", "Advent",
    ];

    /// <summary>Verbs that report speech: after a name they make it a speaker, and a person.</summary>
    public static readonly WordSet SpeechVerbs = Set(
        "said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "declared", "declares", "pronounced",
        "pronounces", "stated", "states", "explained", "explains", "asked", "asks", "replied", "replies", "answered", "argued",
        "argues", "insisted", "insists", "warned", "warns", "claimed", "claims", "wrote", "writes", "recalled", "recalls",
        "continued", "continues", "acknowledged", "acknowledges", "conceded", "concedes", "countered", "counters", "observed",
        "observes", "remarked", "announced", "announces", "tweeted", "emphasized", "emphasised", "stressed", "stresses",
        "suggested", "suggests", "predicted", "vowed", "promised", "quipped", "joked", "admitted", "admits", "complained",
        "cautioned", "concluded", "mused", "responded", "responds", "confirmed", "denied", "urged", "boasted", "exclaimed",
        "lamented", "contended", "maintained", "reiterated", "proclaimed", "testified", "wondered", "shouted", "whispered",
        "sighed", "laughed", "posited", "opined", "charged", "alleged", "thundered", "reflected", "pointed", "reported", "reports",
        "recounted", "explained", "conceded", "quoted");

    /// <summary>Verbs that attribute a word or phrase without reporting a speech ("called the plan “a step forward”").</summary>
    public static readonly WordSet LabelVerbs = Set(
        "called", "calls", "described", "describes", "dubbed", "termed", "labelled", "labeled", "branded", "characterized",
        "characterised", "deemed", "praised", "condemned", "criticized", "criticised", "hailed", "denounced");

    /// <summary>Nouns that carry reported words ("gave the union notice that she would “cancel” the contract").</summary>
    public static readonly WordSet ReportNouns = Set(
        "notice", "warning", "statement", "remarks", "comments", "pledge", "promise", "threat", "vow", "speech", "interview",
        "letter", "message", "tweet", "post", "announcement", "ultimatum");

    /// <summary>Participles that go on with the main clause's speaker ("Kelmont said the port was safe, adding that “…”").</summary>
    public static readonly WordSet SpeechParticiples = Set(
        "saying", "adding", "noting", "telling", "insisting", "warning", "arguing", "explaining", "declaring", "calling",
        "describing", "stressing", "claiming", "writing", "recalling", "acknowledging", "conceding", "vowing", "promising");

    /// <summary>Nouns naming a role: an unnamed speaker ("Chile’s U.N. envoy said") or an appositive ("her counterpart, Anna Brun").</summary>
    public static readonly WordSet RoleNouns = Set(
        "spokesman", "spokeswoman", "spokesperson", "official", "officials", "envoy", "ambassador", "minister", "president",
        "diplomat", "diplomats", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "analyst", "analysts", "source",
        "sources", "lawyer", "attorney", "director", "chief", "leader", "commander", "general", "expert", "experts", "professor",
        "researcher", "economist", "correspondent", "editor", "reporter", "representative", "secretary", "chairman",
        "chairwoman", "governor", "mayor", "senator", "witness", "resident", "residents", "officer", "officers", "agency",
        "ministry", "government", "counterpart", "colleague", "head", "founder", "executive", "manager", "negotiator",
        "negotiators", "prosecutor", "judge", "activist", "observer", "member", "members", "scholar", "historian", "journalist",
        "writer", "author", "critic", "veteran", "insider", "deputy", "premier", "king", "queen", "prince", "emperor", "fellow",
        "strategist", "candidate", "rival", "ally", "successor", "predecessor", "wife", "husband", "son", "daughter", "brother",
        "sister", "father", "mother", "friend", "partner", "boss", "coach", "captain", "commissioner", "regulator", "watchdog");

    /// <summary>Words after a name that show it acting, so the name is a person's ("Osric Tamberlane departed").</summary>
    public static readonly WordSet ActionVerbs = Set(
        "was", "is", "has", "had", "have", "will", "would", "could", "can", "should", "might", "must", "did", "does", "flew",
        "took", "met", "went", "came", "made", "spent", "became", "began", "won", "lost", "left", "led", "ran", "gave", "got",
        "kept", "sent", "saw", "sat", "stood", "thought", "knew", "felt", "brought", "bought", "held", "paid", "set", "seemed",
        "remains", "tried", "wants", "plans", "hopes", "believes", "thinks", "knows", "feels", "sees", "seeks", "sought",
        "wanted", "spoke", "speaks", "himself", "herself", "also", "then", "later", "once", "never", "still", "who");

    /// <summary>Words that open an appositive after a name ("Mara Ostrova, the director of ...").</summary>
    public static readonly WordSet AppositiveOpeners = Set("the", "a", "an", "who", "whose", "his", "her", "one", "now", "then", "once", "formerly");

    /// <summary>Prepositions before a place ("in Pellworth, Missouri").</summary>
    public static readonly WordSet PlacePrepositions = Set("in", "from", "near", "outside", "across", "throughout", "inside");

    private static WordSet Set(params string[] words) => new(words);
}
