import Foundation

/// Grammatical gender as far as names, honorifics and pronouns tell it.
public enum Gender: String, Sendable, Codable {
    case male = "m", female = "f", unknown = "u"

    /// Parses the lexicon column value (`m`, `f`, anything else is unknown).
    init<S: StringProtocol>(code: S) {
        if code == "m" { self = .male } else if code == "f" { self = .female } else { self = .unknown }
    }

    /// Whether a mention of this gender can corefer with one of `other`.
    public func agrees(with other: Gender) -> Bool { self == .unknown || other == .unknown || self == other }
}

/// A reporting verb form from `cue-verbs.tsv`.
public struct CueVerb: Sendable, Hashable {
    public enum FormKind: String, Sendable { case base, present, past, participle }
    public var lemma: String
    public var form: FormKind
    /// speech, writing, manner or belief.
    public var type: String
}

/// A verb form from `content-verbs.tsv` that reports content in indirect speech (`found that …`,
/// `vowed to …`, `called for …`).
public struct ContentVerb: Sendable, Hashable {
    public var lemma: String
    /// `clause`, `infinitive`, `object`, or the preposition that opens the content (`about`, `for` …).
    public var complements: Set<String>
}

/// A pronoun from `pronouns.tsv`.
public struct Pronoun: Sendable, Hashable {
    public var gender: Gender
    public var plural: Bool
    public var person: Int
    /// `it`: never a person.
    public var isNeuter: Bool
}

/// A gazetteer entry from `places.tsv`.
public struct PlaceEntry: Sendable, Hashable {
    public var canonical: String
    /// country, state, city, continent or region.
    public var kind: String
    public var population: Int
}

/// A title or honorific from `titles.tsv`.
public struct TitleEntry: Sendable, Hashable {
    /// honorific, title or role.
    public var kind: String
    public var gender: Gender
}

/// Every lexicon Hearsay uses, loaded once from the bundled data files.
///
/// Sources and licences are listed in `Resources/Lexicons/README.md`.
public struct Lexicons: Sendable {
    public var cueVerbs: [String: CueVerb] = [:] {
        didSet { cueVerbShapes = nil; tables = nil }
    }
    /// The shapes of the keys of `cueVerbs`, computed when the bundled lexicons are loaded (and
    /// dropped when `cueVerbs` changes), so that most words skip the table (see `cueVerb(_:)`).
    var cueVerbShapes: WordShapeFilter?
    /// Verb forms that report content in indirect speech, beyond (and besides) the cue verbs.
    public var contentVerbs: [String: ContentVerb] = [:]
    /// Nouns and adjectives of stance and the prepositions that open their content ("calls for", "critical of").
    public var contentNouns: [String: Set<String>] = [:]
    /// Capitalised titles and honorifics, keyed by their exact surface ("Mr", "Prime Minister").
    ///
    /// A change drops `titlePrefixes` (made from the bundled keys), so that a title added by
    /// hand is not pruned away.
    public var titles: [String: TitleEntry] = [:] {
        didSet { titlePrefixes = nil; tables = nil }
    }
    /// Lowercase role phrases ("defence secretary"), keyed by their text.
    public var roles: [String: TitleEntry] = [:] {
        didSet { tables = nil }
    }
    public var maxTitleWords = 1
    /// Every prefix (on Unicode scalar boundaries) of every key of `titles`, computed when the
    /// bundled lexicons are loaded, so that a title lookup stops growing its phrase as soon as no
    /// title can start with it; nil (no pruning) for lexicons assembled by hand.
    var titlePrefixes: WordTable<Void>?
    /// Every prefix of every key of `organizations`, also with `’s`, `'s` or `.` after the key:
    /// an organisation lookup stops growing its phrase once no key can match it (see
    /// `titlePrefixes`).
    var organizationPrefixes: WordTable<Void>?
    public var pronouns: [String: Pronoun] = [:] {
        didSet { tables = nil }
    }
    public var sourceNouns: [String: Bool] = [:] {
        didSet { tables = nil }
    }
    /// Organisation surface -> canonical name.
    ///
    /// A change drops `organizationPrefixes` (see `titles`). A multi-word name added by hand
    /// needs its first word in `multiWordStarts` and at most `maxOrganizationWords` words.
    public var organizations: [String: String] = [:] {
        didSet { organizationPrefixes = nil; tables = nil }
    }
    public var maxOrganizationWords = 1
    public var commonWords: Set<String> = [] {
        didSet { tables = nil }
    }
    public var firstNames: [String: Gender] = [:] {
        didSet { tables = nil }
    }
    public var surnames: Set<String> = [] {
        didSet { tables = nil }
    }
    public var places: [String: PlaceEntry] = [:] {
        didSet { tables = nil }
    }
    public var maxPlaceWords = 1
    public var demonyms: [String: String] = [:] {
        didSet { tables = nil }
    }
    /// First words of every multi-word organisation and place name (also in capitals), so that
    /// longest-match lookups try long phrases only where one can start.
    ///
    /// Not kept up to date by `places`, `organizations` or `teams`: whoever adds a multi-word
    /// name to them by hand adds its first word here too (or the name is never found whole).
    public var multiWordStarts: Set<String> = [] {
        didSet { tables = nil }
    }
    /// Nouns a name can modify without being the referent ("the Trump administration").
    public var modifierHeads: Set<String> = [] {
        didSet { tables = nil }
    }
    /// Words that make a capitalised name an organisation (`org`) or a thing that is no person or place (`misc`).
    public var nameHeads: [String: String] = [:] {
        didSet { tables = nil }
    }
    /// Lowercase nouns that mark the capitalised name after them as a person ("goalkeeper").
    public var personCues: Set<String> = [] {
        didSet { tables = nil }
    }
    /// Sport names that open a sports story's headline ("SOCCER").
    public var sports: Set<String> = []
    /// Clubs and teams read as organisations in sports stories ("Derbyshire", "Red Sox"), with their sport.
    ///
    /// A change drops `teamPrefixes` (see `titles`).
    public var teams: [String: String] = [:] {
        didSet { teamPrefixes = nil; tables = nil }
    }
    /// Every prefix of every key of `teams`, also with `’s`, `'s` or `.` after the key (see
    /// `organizationPrefixes`): a team is looked for only at a word some key starts with.
    var teamPrefixes: WordTable<Void>?
    public var maxTeamWords = 1
    /// Byte-indexed copies of the tables, built when the bundled lexicons are loaded and dropped
    /// when any table changes (see `WordTable`).
    var tables: WordTables?

    /// The bundled lexicons, loaded on first use.
    public static let shared: Lexicons = Lexicons.loadBundled()

    public init() {}

    /// The cue verb form `word` is (lowercase), if any; most words are ruled out by their shape alone.
    func cueVerb(_ word: String) -> CueVerb? {
        if let tables { return tables.cueVerbs[word] }
        if let cueVerbShapes, !cueVerbShapes.mayContain(word) { return nil }
        return cueVerbs[word]
    }

    /// Number of space-separated words, counted on bytes.
    static func wordCount<S: StringProtocol>(_ text: S) -> Int {
        text.utf8.reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) }
    }

    /// The gazetteer (`places.tsv`, then the names `extra-places.tsv` adds) and its longest
    /// name in words (at most 6).
    static func loadPlaces() -> (places: [String: PlaceEntry], maxWords: Int) {
        func rows(_ name: String) -> TSVRows { TSVRows.resource("Lexicons/" + name) }
        let table = rows("places.tsv")
        var places: [String: PlaceEntry] = [:]
        places.reserveCapacity(table.count + 64)
        var maxWords = 1
        for row in table where row.count >= 4 {
            let name = String(row[0])
            let entry = PlaceEntry(canonical: String(row[1]), kind: String(row[2]), population: Int(row[3]) ?? 0)
            if let existing = places[name], existing.rank >= entry.rank { continue }
            places[name] = entry
            maxWords = max(maxWords, Self.wordCount(name))
        }
        for row in rows("extra-places.tsv") where row.count >= 4 {
            let name = String(row[0])
            if places[name] != nil { continue }
            places[name] = PlaceEntry(canonical: String(row[1]), kind: String(row[2]), population: Int(row[3]) ?? 0)
            maxWords = max(maxWords, Self.wordCount(name))
        }
        return (places, min(maxWords, 6))
    }

    /// Hands the gazetteer from the thread that reads it to `loadBundled()`, which waits for it.
    private final class GazetteerBox: @unchecked Sendable {
        var value: (places: [String: PlaceEntry], maxWords: Int) = ([:], 1)
    }

    /// Every non-empty prefix, on Unicode scalar boundaries, of every string in `keys`.
    static func prefixes<S: Sequence>(of keys: S) -> Set<String> where S.Element == String {
        var prefixes = Set<String>()
        for key in keys {
            var prefix = ""
            for scalar in key.unicodeScalars {
                prefix.unicodeScalars.append(scalar)
                prefixes.insert(prefix)
            }
        }
        return prefixes
    }

    /// `prefixes(of:)` of every name in `names` and of each name followed by `’s`, `'s` or `.`,
    /// as a word table: the prefixes a name look-up may grow its phrase through.
    static func namePrefixes<S: Sequence>(of names: S) -> WordTable<Void> where S.Element == String {
        WordTable(prefixes(of: names.flatMap { [$0, $0 + "’s", $0 + "'s", $0 + "."] }))
    }

    /// Loads every bundled lexicon; a missing optional file leaves its table empty.
    ///
    /// The gazetteer, the largest table by far, is read on a second thread meanwhile.
    static func loadBundled() -> Lexicons {
        var lex = Lexicons()
        let gazetteer = GazetteerBox()
        let gazetteerDone = DispatchSemaphore(value: 0)
        Thread {
            gazetteer.value = Self.loadPlaces()
            gazetteerDone.signal()
        }.start()
        func rows(_ name: String) -> TSVRows { TSVRows.resource("Lexicons/" + name) }
        for row in rows("cue-verbs.tsv") where row.count >= 4 {
            lex.cueVerbs[String(row[0])] = CueVerb(lemma: String(row[1]), form: CueVerb.FormKind(rawValue: String(row[2])) ?? .base,
                                                  type: String(row[3]))
        }
        lex.cueVerbShapes = WordShapeFilter(keys: lex.cueVerbs.keys)
        for row in rows("content-verbs.tsv") where row.count >= 3 {
            lex.contentVerbs[String(row[0])] = ContentVerb(lemma: String(row[1]), complements: Set(row[2].split(separator: ",").map(String.init)))
        }
        for row in rows("content-nouns.tsv") where row.count >= 2 {
            lex.contentNouns[String(row[0])] = Set(row[1].split(separator: ",").map(String.init))
        }
        for row in rows("titles.tsv") where row.count >= 3 {
            let entry = TitleEntry(kind: String(row[1]), gender: Gender(code: row[2]))
            let phrase = String(row[0])
            if entry.kind == "role" { lex.roles[phrase] = entry } else { lex.titles[phrase] = entry }
            lex.maxTitleWords = max(lex.maxTitleWords, Self.wordCount(phrase))
        }
        lex.titlePrefixes = WordTable(Self.prefixes(of: lex.titles.keys))
        for row in rows("pronouns.tsv") where row.count >= 4 {
            lex.pronouns[String(row[0])] = Pronoun(gender: Gender(code: row[1]), plural: row[2] == "plural",
                                                   person: Int(row[3]) ?? 3, isNeuter: row[1] == "n")
        }
        for row in rows("source-nouns.tsv") where row.count >= 2 { lex.sourceNouns[String(row[0])] = row[1] == "plural" }
        for row in rows("organizations.tsv") where row.count >= 2 {
            lex.organizations[String(row[0])] = String(row[1])
            lex.maxOrganizationWords = max(lex.maxOrganizationWords, Self.wordCount(row[0]))
        }
        lex.organizationPrefixes = Self.namePrefixes(of: lex.organizations.keys)
        for row in rows("common-words.tsv") where !row.isEmpty { lex.commonWords.insert(String(row[0])) }
        for row in rows("first-names.tsv") where row.count >= 2 {
            let name = String(row[0])
            lex.firstNames[name] = Gender(code: row[1])
            // Also under the accent-free spelling, so that "Zoë" and "Zoe" both match.
            let folded = name.utf8.allSatisfy({ $0 < 0x80 }) ? name : name.folding(options: .diacriticInsensitive, locale: nil)
            if folded != name && lex.firstNames[folded] == nil { lex.firstNames[folded] = Gender(code: row[1]) }
        }
        let surnameRows = rows("surnames.tsv")
        lex.surnames.reserveCapacity(surnameRows.count)
        for row in surnameRows where !row.isEmpty { lex.surnames.insert(String(row[0])) }
        gazetteerDone.wait()
        (lex.places, lex.maxPlaceWords) = gazetteer.value
        for row in rows("teams.tsv") where row.count >= 2 {
            lex.teams[String(row[0])] = String(row[1])
            lex.maxTeamWords = max(lex.maxTeamWords, Self.wordCount(row[0]))
        }
        lex.teamPrefixes = Self.namePrefixes(of: lex.teams.keys)
        for key in Array(lex.places.keys) + Array(lex.organizations.keys) + Array(lex.teams.keys) where key.utf8.contains(0x20) {
            if let first = key.firstSpaceSeparatedWord {
                lex.multiWordStarts.insert(String(first))
                lex.multiWordStarts.insert(first.uppercased())
            }
        }
        for row in rows("modifier-heads.tsv") where !row.isEmpty { lex.modifierHeads.insert(String(row[0])) }
        for row in rows("name-heads.tsv") where row.count >= 2 { lex.nameHeads[String(row[0])] = String(row[1]) }
        for row in rows("person-cues.tsv") where !row.isEmpty { lex.personCues.insert(String(row[0])) }
        for row in rows("sports.tsv") where !row.isEmpty { lex.sports.insert(String(row[0])) }
        for row in rows("demonyms.tsv") where row.count >= 2 { lex.demonyms[String(row[0])] = String(row[1]) }
        lex.tables = WordTables(lex)
        return lex
    }
}

extension PlaceEntry {
    /// Preference when two entries share a name: countries over states over regions over cities, then population.
    var rank: Int {
        let base: Int
        switch kind {
        case "country": base = 5_000_000_000
        case "continent": base = 4_000_000_000
        case "state": base = 3_000_000_000
        case "region": base = 2_000_000_000
        default: base = 0
        }
        return base + population
    }
}
