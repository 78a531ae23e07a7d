/// What the speaker-phrase rules ask of a word, as bits: the word lists holding it (in
/// lowercase) and a few facts of its spelling, found together by one table lookup per word id
/// (`AttributionContext.words(_:)`) instead of a `Set<String>` or array-literal search at
/// every token a rule looks at.
///
///     SpeakerWords.of("monday").contains(.weekday)      // true
///     SpeakerWords.of("quickly").contains(.lyAdverb)    // true
struct SpeakerWords: OptionSet, Sendable {
    let rawValue: UInt64

    /// `SpeakerPhrases.skippable`: adverbs and auxiliaries between a speaker and the cue.
    static let skippable = SpeakerWords(rawValue: 1 << 0)
    /// `SpeakerPhrases.indefinites`.
    static let indefinite = SpeakerWords(rawValue: 1 << 1)
    /// `SpeakerPhrases.weekdays`.
    static let weekday = SpeakerWords(rawValue: 1 << 2)
    /// `SpeakerPhrases.determiners`.
    static let determiner = SpeakerWords(rawValue: 1 << 3)
    /// `SpeakerPhrases.headlineWords`.
    static let headlineWord = SpeakerWords(rawValue: 1 << 4)
    /// `SpeakerPhrases.titleModifiers`.
    static let titleModifier = SpeakerWords(rawValue: 1 << 5)
    /// `SpeakerPhrases.prepositions`.
    static let preposition = SpeakerWords(rawValue: 1 << 6)
    /// `SpeakerPhrases.relativeOpeners`.
    static let relativeOpener = SpeakerWords(rawValue: 1 << 7)
    /// `SpeakerPhrases.clauseLeads`.
    static let clauseLead = SpeakerWords(rawValue: 1 << 8)
    /// `SpeakerPhrases.clauseOpeners`.
    static let clauseOpener = SpeakerWords(rawValue: 1 << 9)
    /// "on", "last" (before a capitalised common word: "on Thursday").
    static let onOrLast = SpeakerWords(rawValue: 1 << 10)
    /// "who", "which".
    static let whoOrWhich = SpeakerWords(rawValue: 1 << 11)
    /// "the", "a", "an".
    static let article = SpeakerWords(rawValue: 1 << 12)
    /// "that", "and", "or", "but".
    static let thatOrConjunction = SpeakerWords(rawValue: 1 << 13)
    /// "he", "she", "they", "i", "we", "it".
    static let subjectPronoun = SpeakerWords(rawValue: 1 << 14)
    /// "a", "an", "one", "another", "the": the start of a noun phrase after a cue.
    static let nounPhraseStart = SpeakerWords(rawValue: 1 << 15)
    /// "who", "which", "whose".
    static let relativePronoun = SpeakerWords(rawValue: 1 << 16)
    /// "and", "that", "who", "on", "in", "at": where a nominal after a cue stops.
    static let nominalStop = SpeakerWords(rawValue: 1 << 17)
    /// "for", "of", "at": what extends a nominal ("a spokesman for the ministry").
    static let nominalExtender = SpeakerWords(rawValue: 1 << 18)
    /// "and", "but".
    static let andOrBut = SpeakerWords(rawValue: 1 << 19)
    /// "for", "of", "at", "with", "from", "in": before a nominal's head.
    static let headPreposition = SpeakerWords(rawValue: 1 << 20)
    /// "with", "to", "on" ("familiar with", "close to").
    static let familiarPreposition = SpeakerWords(rawValue: 1 << 21)
    /// "familiar", "close", "briefed", "knowledgeable".
    static let familiar = SpeakerWords(rawValue: 1 << 22)
    /// "and", "or", "but", "that", "said", "who": where the walk back to a determiner stops.
    static let walkStop = SpeakerWords(rawValue: 1 << 23)
    /// "senior", "top", "most", "other": determiners the walk back goes past.
    static let openDeterminer = SpeakerWords(rawValue: 1 << 24)
    /// The determiners of `SpeakerPhrases.determinedPhrase` ("the", "this", "their", "several", …).
    static let phraseDeterminer = SpeakerWords(rawValue: 1 << 25)
    /// "and", "but", "while", "as", "because": words after which a clause starts.
    static let clauseStarter = SpeakerWords(rawValue: 1 << 26)
    /// "he", "she", "they", "i", "we".
    static let personalSubjectPronoun = SpeakerWords(rawValue: 1 << 27)
    /// "'s", "’s", "of".
    static let possessiveOrOf = SpeakerWords(rawValue: 1 << 28)
    /// Ends with "ly" and is more than four characters long ("quickly").
    static let lyAdverb = SpeakerWords(rawValue: 1 << 29)
    /// Ends with "ing" or "ed".
    static let ingOrEd = SpeakerWords(rawValue: 1 << 30)
    /// Ends with "-year-old".
    static let yearOld = SpeakerWords(rawValue: 1 << 31)

    /// The word lists by bit, as the rules spell them.
    static let lists: [(SpeakerWords, [String])] = [
        (.skippable, Array(SpeakerPhrases.skippable)),
        (.indefinite, Array(SpeakerPhrases.indefinites)),
        (.weekday, Array(SpeakerPhrases.weekdays)),
        (.determiner, Array(SpeakerPhrases.determiners)),
        (.headlineWord, Array(SpeakerPhrases.headlineWords)),
        (.titleModifier, Array(SpeakerPhrases.titleModifiers)),
        (.preposition, Array(SpeakerPhrases.prepositions)),
        (.relativeOpener, Array(SpeakerPhrases.relativeOpeners)),
        (.clauseLead, Array(SpeakerPhrases.clauseLeads)),
        (.clauseOpener, Array(SpeakerPhrases.clauseOpeners)),
        (.onOrLast, ["on", "last"]),
        (.whoOrWhich, ["who", "which"]),
        (.article, ["the", "a", "an"]),
        (.thatOrConjunction, ["that", "and", "or", "but"]),
        (.subjectPronoun, Array(SpeakerPhrases.subjectPronouns)),
        (.nounPhraseStart, ["a", "an", "one", "another", "the"]),
        (.relativePronoun, ["who", "which", "whose"]),
        (.nominalStop, ["and", "that", "who", "on", "in", "at"]),
        (.nominalExtender, ["for", "of", "at"]),
        (.andOrBut, ["and", "but"]),
        (.headPreposition, ["for", "of", "at", "with", "from", "in"]),
        (.familiarPreposition, ["with", "to", "on"]),
        (.familiar, ["familiar", "close", "briefed", "knowledgeable"]),
        (.walkStop, ["and", "or", "but", "that", "said", "who"]),
        (.openDeterminer, ["senior", "top", "most", "other"]),
        (.phraseDeterminer, ["the", "a", "an", "this", "that", "these", "those", "my", "his", "her", "their", "our", "your", "one",
                             "another", "two", "three", "several", "some", "many", "most", "other"]),
        (.clauseStarter, ["and", "but", "while", "as", "because"]),
        (.personalSubjectPronoun, ["he", "she", "they", "i", "we"]),
        (.possessiveOrOf, ["'s", "’s", "of"]),
    ]

    /// Every listed word with the bits of the lists that hold it.
    static let table: WordTable<UInt64> = {
        var masks: [String: UInt64] = [:]
        for (bit, words) in lists {
            for word in words { masks[word, default: 0] |= bit.rawValue }
        }
        return WordTable(masks)
    }()

    /// The bits of the lowercase word `word`.
    static func of(_ word: String) -> SpeakerWords {
        var bits = SpeakerWords(rawValue: table[word] ?? 0)
        bits.formUnion(spelling(of: word))
        return bits
    }

    /// The spelling bits of `word` (`lyAdverb`, `ingOrEd`, `yearOld`): `hasSuffix` and `count`'s
    /// answers, read on the bytes of a word of printable ASCII (each byte a character: four
    /// `hasSuffix` calls cost more than the rest of a word's first look-up), asked of the
    /// characters otherwise.
    static func spelling(of word: String) -> SpeakerWords {
        if let bits = word.utf8.withContiguousStorageIfAvailable(asciiSpelling), let bits { return bits }
        var bits: SpeakerWords = []
        if word.hasSuffix("ly") && word.count > 4 { bits.insert(.lyAdverb) }
        if word.hasSuffix("ing") || word.hasSuffix("ed") { bits.insert(.ingOrEd) }
        if word.hasSuffix("-year-old") { bits.insert(.yearOld) }
        return bits
    }

    /// The spelling bits of the UTF-8 `bytes`, or nil when a byte is not printable ASCII.
    ///
    /// The endings are compared byte by byte, and "year-old" as one word of eight bytes: four
    /// calls of a suffix test on a `StaticString` cost some 170 instructions a word (callgrind,
    /// the 168 PolNeAR dev+test texts: 1,100 words, 390 instructions each with the byte test).
    private static func asciiSpelling(_ bytes: UnsafeBufferPointer<UInt8>) -> SpeakerWords? {
        // (`b &- 0x20 >= 0x5F` is `b < 0x20 || b >= 0x7F` in one test.)
        for b in bytes where b &- 0x20 >= 0x5F { return nil }
        let n = bytes.count
        var bits: SpeakerWords = []
        guard n >= 2, let base = bytes.baseAddress else { return bits }
        let last = base[n - 1], before = base[n - 2]
        // "ly" after at least three more characters.
        if n > 4 && before == 0x6C && last == 0x79 { bits.insert(.lyAdverb) }
        // "ed", "ing".
        if (before == 0x65 && last == 0x64) || (n >= 3 && base[n - 3] == 0x69 && before == 0x6E && last == 0x67) { bits.insert(.ingOrEd) }
        // "-year-old": a hyphen, then the eight bytes of "year-old" read as one little-endian word.
        if n >= 9 && last == 0x64 && base[n - 9] == 0x2D
            && UnsafeRawPointer(base + (n - 8)).loadUnaligned(as: UInt64.self) == Self.yearOldWord { bits.insert(.yearOld) }
        return bits
    }

    /// The bytes of "year-old" as a little-endian word (y, e, a, r, -, o, l, d from the lowest).
    static let yearOldWord: UInt64 = 0x646C_6F2D_7261_6579
}

/// The `SpeakerWords` of each word id of a document, and the lexicon questions the speaker
/// rules ask of it, each found at most once per id.
final class SpeakerWordMemo {
    /// Lexicon questions about a token's word, answered once per id.
    enum Question: Int {
        /// `lexicons.isCommonWord(texts[k])`.
        case commonWord
        /// `lexicons.pronoun(lowercased[k]) != nil`.
        case pronoun
        /// `lexicons.sourceNoun(lowercased[k]) != nil || lexicons.sourceNoun(texts[k]) != nil`.
        case sourceHead
        /// `lexicons.sourceNoun(texts[k]) != nil`.
        case sourceNounText
        /// `lexicons.firstName(lowercased[k]) != nil`.
        case firstName
        /// `lexicons.role(lowercased[k]) != nil`.
        case role
        /// `lexicons.mayEndRole(lowercased[k])`.
        case mayEndRole
        /// Whether `Contraction.stripped(lowercased[k])` may be a subject or indefinite pronoun.
        case strippedSubject
        /// `QuoteFilter.workNouns.contains(lowercased[k])`.
        case workNoun
        /// `QuoteFilter.namingWords.contains(lowercased[k])`.
        case namingWord
    }

    /// Per id: the `SpeakerWords` bits in the low 32 bits, then two bits per question (asked,
    /// answer) from bit 32, and `listsKnown` once the bits are found.
    private let bits: UnsafeMutableBufferPointer<UInt64>
    private static let listsKnown: UInt64 = 1 << 63

    /// Nothing known yet for ids `0..<count`.
    init(count: Int) {
        bits = .allocate(capacity: max(1, count))
        bits.initialize(repeating: 0)
    }

    deinit { bits.deallocate() }

    /// The `SpeakerWords` of id `id`, whose lowercase text `lowercased` gives them the first time.
    @inline(__always)
    func words(_ id: Int32, _ lowercased: () -> String) -> SpeakerWords {
        let word = bits[Int(id)]
        if word & Self.listsKnown != 0 { return SpeakerWords(rawValue: word & 0xFFFF_FFFF) }
        let found = SpeakerWords.of(lowercased())
        bits[Int(id)] = word | Self.listsKnown | found.rawValue
        return found
    }

    /// The answer to `question` for id `id`: remembered, or found by `lookup` now.
    @inline(__always)
    func answer(_ question: Question, _ id: Int32, _ lookup: () -> Bool) -> Bool {
        let asked: UInt64 = 1 << UInt64(32 + 2 * question.rawValue), yes = asked << 1
        let word = bits[Int(id)]
        if word & asked != 0 { return word & yes != 0 }
        let found = lookup()
        bits[Int(id)] = word | asked | (found ? yes : 0)
        return found
    }
}
