import Foundation

/// Every `TokenLookups` answer about a word that depends only on its exact text or only on its
/// lowercase form, found for a word met for the first time in one look-up per form rather than
/// one per question.
///
/// Each single-word question used to go to its own table when first asked about a word: a
/// hash, a filter read and often a slot read each, most of them cache misses (callgrind of the
/// 168 PolNeAR dev+test texts: about four table look-ups per new word, 10.5 M instructions in
/// `ByteIndex.find` alone). Here one index holds the keys of every table those questions read,
/// each with the questions it answers "yes" to; a word that is no key answers "no" to all.
///
/// Built once per process with the byte-indexed tables (`Lexicons.WordTables`), from their
/// keys and values and the predicates the recogniser asks (`EntityRecognizer.isCountryOrState`
/// and the like), so that the two cannot disagree. Only words the index can read (ASCII and
/// plain punctuation, see `ByteIndex.isPlain`) are answered; others keep the per-question path.
final class LexiconFacts: @unchecked Sendable {
    typealias Question = TokenLookups.Question

    /// Questions about the word with a possessive ending dropped: for a word without one they
    /// are the plain questions (and so covered), for a word with one they keep their own path.
    static let strippedQuestions: UInt64 = mask([
        .commonWordStripped, .nameHeadStripped, .placeStripped, .demonymStripped, .knownWordStripped,
        .organizationStripped, .multiWordStartOrStripped, .surnameStripped, .firstNameStripped,
        .personFirstName, .personFirstNameMale, .personFirstNameFemale, .majorPlaceStripped,
        .townPlaceStripped, .organizationHeadStripped, .placeHeadStripped,
    ])
    /// Questions covered only when the lowercase form is ASCII: `EntityRecognizer.personFirstName`
    /// looks any other word up again without its accents.
    static let asciiQuestions: UInt64 = mask([.personFirstName, .personFirstNameMale, .personFirstNameFemale])

    /// The index of every key of the tables read.
    private let index: ByteIndex
    /// Two words per entry: the exact-text questions its key answers "yes" to (bit `q` for
    /// question `q`), then the lowercase-form ones.
    private let facts: UnsafeMutableBufferPointer<UInt64>
    /// The questions answered here (the prefix questions only when their tables are there).
    let covered: UInt64
    /// The questions answered about a word (bit `q`) and their asked bits in `TokenLookups`'
    /// layout, for a word without and with a possessive ending (0, 2), its lowercase form ASCII
    /// or not (+0, +1).
    private let askedBits: [(questions: UInt64, half0: UInt64, half1: UInt64)]

    /// The byte-indexed tables whose keys the index holds: those of `Lexicons.WordTables`, named
    /// one by one so that `WordTables` can build its facts in `init` from its finished tables and
    /// keep them in a constant (read from a variable, the facts were retained and released at
    /// every word's first question, 7,342 times on the 168 PolNeAR dev+test texts).
    struct Tables {
        let commonWords: WordTable<Void>
        let titles: WordTable<TitleEntry>
        let demonyms: WordTable<String>
        let organizations: WordTable<String>
        let nameHeads: WordTable<String>
        let places: WordTable<PlaceEntry>
        let multiWordStarts: WordTable<Void>
        let pronouns: WordTable<Pronoun>
        let personCues: WordTable<Void>
        let cueVerbs: WordTable<CueVerb>
        let sourceNouns: WordTable<Bool>
        let roleLastWords: WordTable<Void>
        let modifierHeads: WordTable<Void>
        let firstNames: WordTable<Gender>
    }

    /// The facts of every key of `tables` and of the prefix tables (see `init(tables:…)`).
    convenience init(tables: Lexicons.WordTables, titlePrefixes: WordTable<Void>?, organizationPrefixes: WordTable<Void>?,
                     teamPrefixes: WordTable<Void>?) {
        self.init(tables: Tables(tables), titlePrefixes: titlePrefixes, organizationPrefixes: organizationPrefixes,
                  teamPrefixes: teamPrefixes)
    }

    /// The facts of every key of `tables` and of the prefix tables (nil when missing: the
    /// recogniser then answers their questions "yes" without a look-up, and so do these).
    init(tables: Tables, titlePrefixes: WordTable<Void>?, organizationPrefixes: WordTable<Void>?,
         teamPrefixes: WordTable<Void>?) {
        // Two passes over the same tables: the first counts the keys (the builder's room), the
        // second adds them.
        var counting = Collector(building: false)
        counting.addAll(tables, [titlePrefixes, organizationPrefixes, teamPrefixes])
        var collector = Collector(building: true, capacity: counting.capacity)
        collector.addAll(tables, [titlePrefixes, organizationPrefixes, teamPrefixes])
        index = collector.builder.finish()
        facts = .allocate(capacity: max(1, 2 * index.count))
        _ = facts.initialize(from: collector.facts[0..<(2 * index.count)])
        let covered = collector.covered
        self.covered = covered
        askedBits = [0, Self.asciiQuestions, Self.strippedQuestions, Self.strippedQuestions | Self.asciiQuestions].map { dropped in
            let questions = covered & ~dropped
            return (questions, Self.spread(questions), Self.spread(questions >> 32))
        }
    }

    deinit {
        facts.deallocate()
    }

    /// The keys of the tables read and the questions each answers "yes" to, collected by
    /// methods rather than by closures in `init`: variables captured by those cost a dynamic
    /// exclusivity check at every key (6 M instructions of start-up, callgrind).
    private struct Collector {
        typealias R = EntityRecognizer
        /// Whether keys are added (else only counted, in `capacity`).
        let building: Bool
        var capacity = 0
        var builder: ByteIndex.Builder
        /// Two words per entry, as `LexiconFacts.facts`.
        var facts: [UInt64]
        var covered: UInt64 = 0

        /// A pass that counts the keys (`building` false) or adds them, room for `capacity`.
        init(building: Bool, capacity: Int = 0) {
            self.building = building
            builder = ByteIndex.Builder(capacity: capacity)
            facts = [UInt64](repeating: 0, count: 2 * capacity)
        }

        /// Adds `bits` to the facts of each key of `table` without a space, in its exact
        /// (`form` 0) or lowercase (1) form, and `all` (the questions `table` answers) to those
        /// covered.
        mutating func add<V>(_ table: WordTable<V>?, _ form: Int, _ all: [Question]) {
            guard let table else { return }
            let bits = LexiconFacts.mask(all)
            covered |= bits
            guard building else {
                // No token has a space (`answers` leaves one to the look-ups): the multi-word
                // names and prefixes would double the index for nothing (room for them all,
                // 262,144 slots, took 4 MB).
                table.forEachIndexedKey { key in capacity += LexiconFacts.spacesAndHighBits(key).spaces ? 0 : 1 }
                return
            }
            table.forEachIndexedKey { key in
                guard !LexiconFacts.spacesAndHighBits(key).spaces else { return }
                facts[2 * builder.entry(ofPlain: key) + form] |= bits
            }
        }

        /// Adds `questions(value)` to the facts of each key of `table` without a space and its
        /// value, and `all` (the questions `questions` may answer) to those covered: one pass
        /// per table (a second pass over the gazetteer for its derived answers cost 9 M
        /// instructions of start-up, most in comparing keys found again).
        mutating func add<V>(_ table: WordTable<V>?, _ form: Int, _ all: [Question], _ questions: (V) -> UInt64) {
            guard building else { return add(table, form, all) }
            guard let table else { return }
            covered |= LexiconFacts.mask(all)
            table.forEachIndexedEntry { key, value in
                guard !LexiconFacts.spacesAndHighBits(key).spaces else { return }
                facts[2 * builder.entry(ofPlain: key) + form] |= questions(value)
            }
        }

        /// Every table read, with the questions its keys answer; `prefixes` the title,
        /// organisation and team prefix tables.
        mutating func addAll(_ tables: Tables, _ prefixes: [WordTable<Void>?]) {
            let exact = 0, lower = 1
            add(tables.commonWords, exact, [.commonWord, .commonWordStripped, .knownWordStripped])
            add(tables.titles, exact, [.title, .knownWordStripped])
            add(tables.demonyms, exact, [.demonym, .demonymStripped, .knownWordStripped])
            add(tables.organizations, exact, [.organization, .organizationStripped, .knownWordStripped])
            let heads = LexiconFacts.mask([.nameHead, .nameHeadStripped, .knownWordStripped])
            let organizationHead = LexiconFacts.mask([.organizationHeadStripped]), placeHead = LexiconFacts.mask([.placeHeadStripped])
            add(tables.nameHeads, exact, [.nameHead, .nameHeadStripped, .knownWordStripped, .organizationHeadStripped, .placeHeadStripped]) { kind in
                heads | (R.isOrganizationHead(kind) ? organizationHead : 0) | (R.isPlaceHead(kind) ? placeHead : 0)
            }
            let place = LexiconFacts.mask([.place, .placeStripped]), countryOrState = LexiconFacts.mask([.countryOrState])
            let country = LexiconFacts.mask([.country]), major = LexiconFacts.mask([.majorPlaceStripped])
            let town = LexiconFacts.mask([.townPlaceStripped])
            add(tables.places, exact, [.place, .placeStripped, .countryOrState, .country, .majorPlaceStripped, .townPlaceStripped]) { entry in
                place | (R.isCountryOrState(entry) ? countryOrState : 0) | (R.isCountry(entry) ? country : 0)
                    | (R.isMajorPlace(entry) ? major : 0) | (R.isTownPlace(entry) ? town : 0)
            }
            add(tables.multiWordStarts, exact, [.multiWordStartOrStripped])
            add(prefixes[0], exact, [.titlePrefix])
            add(prefixes[1], exact, [.organizationPrefix])
            add(prefixes[2], exact, [.teamPrefix])
            add(R.quoteMarks, exact, [.quoteMark])

            add(tables.pronouns, lower, [.pronoun])
            add(tables.personCues, lower, [.personCue])
            add(tables.cueVerbs, lower, [.cueVerb])
            add(tables.sourceNouns, lower, [.sourceNoun])
            add(tables.roleLastWords, lower, [.roleLastWord])
            add(tables.modifierHeads, lower, [.modifierHead])
            // Not the 20,000 surnames, for the one question they answer: they took a fifth of
            // the build (8.7 M instructions of start-up) and saved 0.2 M instructions on the
            // 168 PolNeAR dev+test texts.
            let names = LexiconFacts.mask([.firstName, .firstNameStripped, .personFirstName])
            let male = LexiconFacts.mask([.personFirstNameMale]), female = LexiconFacts.mask([.personFirstNameFemale])
            add(tables.firstNames, lower, [.firstName, .firstNameStripped, .personFirstName, .personFirstNameMale, .personFirstNameFemale]) { gender in
                names | (gender == .male ? male : gender == .female ? female : 0)
            }
            for (table, question) in LexiconFacts.lowercaseTables { add(table, lower, [question]) }
        }
    }

    /// The recogniser's own lowercase word tables (`EntityRecognizer.isIn`) and their questions.
    static var lowercaseTables: [(WordTable<Void>, Question)] {
        typealias R = EntityRecognizer
        return [(R.particles, .particle), (R.headConnectors, .headConnector), (R.cueLeadIns, .cueLeadIn),
                (R.placeConnectors, .placeConnector), (R.articles, .article), (R.locatives, .locative),
                (R.organizationNouns, .organizationNoun), (R.stakeNouns, .stakeNoun),
                (R.organizationFollowers, .organizationFollower), (R.organizationPossessions, .organizationPossession),
                (R.appositiveStops, .appositiveStop), (R.headFollowers, .headFollower),
                (R.placePrepositions, .placePreposition), (R.ofWords, .ofWord), (R.placeNouns, .placeNoun)]
    }

    /// Bit `q` set for each question `q` of `questions`.
    static func mask(_ questions: [Question]) -> UInt64 {
        questions.reduce(0) { $0 | 1 << UInt64($1.rawValue) }
    }

    /// The bytes the index and the facts take.
    var byteCount: Int { index.byteCount + facts.count * 8 }

    /// The number of keys.
    var count: Int { index.count }

    /// The covered answers about the word `text` whose lowercase form is `lowercased`, in
    /// `TokenLookups`' layout (asked and answer bits, questions 0–31 then 32–63), `possessive`
    /// telling whether the word has a possessive ending; nil when the index cannot read one of
    /// the forms or the word has a space (no key with one is kept).
    ///
    /// Read in place when both forms have contiguous bytes (native strings always do): copying
    /// them into variables for `withUTF8` cost two bridge retains and releases per word.
    func answers(_ text: String, _ lowercased: String, possessive: Bool) -> (UInt64, UInt64)? {
        let inPlace = text.utf8.withContiguousStorageIfAvailable { exact in
            lowercased.utf8.withContiguousStorageIfAvailable { lower in answers(exact, lower, possessive: possessive) }
        }
        if let inPlace, let found = inPlace { return found }
        var text = text, lowercased = lowercased
        return text.withUTF8 { exact in
            lowercased.withUTF8 { lower in answers(exact, lower, possessive: possessive) }
        }
    }

    /// `answers(text.pointee, lowercased.pointee, possessive:)`, the two forms read where they
    /// are kept (`TokenStrings.address`) rather than copied out: a copy of each retained and
    /// released its storage, 14,684 times on the 168 PolNeAR dev+test texts.
    func answers(at text: UnsafePointer<String>, _ lowercased: UnsafePointer<String>, possessive: Bool) -> (UInt64, UInt64)? {
        let inPlace = text.pointee.utf8.withContiguousStorageIfAvailable { exact in
            lowercased.pointee.utf8.withContiguousStorageIfAvailable { lower in answers(exact, lower, possessive: possessive) }
        }
        if let inPlace, let found = inPlace { return found }
        return answers(text.pointee, lowercased.pointee, possessive: possessive)
    }

    /// `answers(_:_:possessive:)` on the bytes of the two forms.
    @inline(__always)
    private func answers(_ exact: UnsafeBufferPointer<UInt8>, _ lower: UnsafeBufferPointer<UInt8>, possessive: Bool) -> (UInt64, UInt64)? {
        let (spaces, ascii) = Self.scan(exact, lower)
        guard !spaces, let exactEntry = entry(exact) else { return nil }
        let same = exact.count == lower.count && (exact.count == 0 || memcmp(exact.baseAddress!, lower.baseAddress!, exact.count) == 0)
        guard let lowerEntry = same ? exactEntry : entry(lower) else { return nil }
        let exactFacts = exactEntry < 0 ? 0 : facts[2 * exactEntry]
        let lowerFacts = lowerEntry < 0 ? 0 : facts[2 * lowerEntry + 1]
        let asked = askedBits[(possessive ? 2 : 0) + (ascii ? 0 : 1)]
        let yes = (exactFacts | lowerFacts) & asked.questions
        return (asked.half0 | Self.spread(yes) << 1, asked.half1 | Self.spread(yes >> 32) << 1)
    }

    /// The entry of the word with the bytes `word`: -1 when it is no key, nil when the index
    /// cannot read it.
    @inline(__always)
    private func entry(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        switch index.find(word) {
        case .found(let entry): return entry
        case .absent: return -1
        case .notASCII: return nil
        }
    }

    /// Whether either form has a space, and whether the lowercase form is ASCII.
    @inline(__always)
    private static func scan(_ exact: UnsafeBufferPointer<UInt8>, _ lower: UnsafeBufferPointer<UInt8>) -> (spaces: Bool, ascii: Bool) {
        let (exactSpaces, _) = spacesAndHighBits(exact), (lowerSpaces, high) = spacesAndHighBits(lower)
        return (exactSpaces || lowerSpaces, !high)
    }

    /// Whether `bytes` has a space, and whether it has a byte of 0x80 or more: read eight bytes
    /// at a time (`CoveringWords`), as `ByteIndex` hashes it.
    @inline(__always)
    static func spacesAndHighBits(_ bytes: UnsafeBufferPointer<UInt8>) -> (spaces: Bool, high: Bool) {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var spaces: UInt64 = 0, high: UInt64 = 0
        // A word of up to three bytes is filled with 0x21 ("!"), neither a space nor high.
        CoveringWords.forEach(bytes, shortFill: 0x2121_2121_2100_0000) { word in
            // A zero byte of `word ^ 0x2020…` is a space (the classic "has a zero byte" test).
            let x = word ^ (ones &* 0x20)
            spaces |= (x &- ones) & ~x & highs
            high |= word & highs
        }
        // Borrows may flag bytes above a zero byte too, but never a word without one.
        return (spaces != 0, high != 0)
    }

    /// The low 32 bits of `x` spread to the even bits of the result (bit `i` to bit `2i`): one
    /// question's bit to its asked bit in `TokenLookups`' layout.
    @inline(__always)
    static func spread(_ x: UInt64) -> UInt64 {
        var x = x & 0xFFFF_FFFF
        x = (x | x << 16) & 0x0000_FFFF_0000_FFFF
        x = (x | x << 8) & 0x00FF_00FF_00FF_00FF
        x = (x | x << 4) & 0x0F0F_0F0F_0F0F_0F0F
        x = (x | x << 2) & 0x3333_3333_3333_3333
        x = (x | x << 1) & 0x5555_5555_5555_5555
        return x
    }
}

extension LexiconFacts.Tables {
    /// The tables of `tables`.
    init(_ tables: Lexicons.WordTables) {
        self.init(commonWords: tables.commonWords, titles: tables.titles, demonyms: tables.demonyms,
                  organizations: tables.organizations, nameHeads: tables.nameHeads, places: tables.places,
                  multiWordStarts: tables.multiWordStarts, pronouns: tables.pronouns, personCues: tables.personCues,
                  cueVerbs: tables.cueVerbs, sourceNouns: tables.sourceNouns, roleLastWords: tables.roleLastWords,
                  modifierHeads: tables.modifierHeads, firstNames: tables.firstNames)
    }
}
