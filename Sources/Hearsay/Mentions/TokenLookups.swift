/// Yes-or-no lexicon answers about a document's distinct token texts, each found at most once
/// and then read back by token id (`TokenFeatures.ids`): a word met many times ("The",
/// "Trump", "Washington") is hashed and looked up once per question, not at every rule that asks.
///
/// Every question must depend on the token's text alone; `EntityRecognizer+Lookups` asks them.
final class TokenLookups {
    /// The questions remembered, two bits each (asked, answer) in two 64-bit words per id: at
    /// most sixty-four.
    enum Question: Int, CaseIterable {
        case commonWord, commonWordStripped, title, demonym, organization, nameHead, nameHeadStripped, place
        case pronoun, personCue, cueVerb, multiWordStartOrStripped, demonymStripped, knownWordStripped, titlePrefix, placeStripped
        case particle, roleLastWord, headConnector, cueLeadIn, sourceNoun, quoteMark, organizationPrefix, scorecardWord
        case placeConnector, organizationStripped, article, organizationNoun, stakeNoun, organizationFollower
        case organizationPossession, appositiveStop, headFollower, initials, locative
        case surnameStripped, firstNameStripped, personFirstName, placePreposition, ofWord, placeNoun
        case modifierHead, personFirstNameMale, personFirstNameFemale, countryOrState, country, majorPlaceStripped, townPlaceStripped
        case firstName, organizationHeadStripped, placeHeadStripped, teamPrefix
        /// Asked by the attribution's cue table (`AttributionContext.CueTable`): the lowercase form
        /// is a cue verb or a phrasal cue's verb.
        case attributionWord
        /// Asked by the place rule: a gazetteer name with a space may end with the word.
        case placeLastWord
    }

    /// Two words per id (questions 0–31, then 32–63). A `let` buffer rather than a `var`
    /// array: class storage read and written in a hot loop would pay a dynamic exclusivity
    /// check on every access.
    private let bits: UnsafeMutableBufferPointer<UInt64>

    /// The buffers phrases of the document are laid out in (see `PhraseBytes`).
    let phraseScratch = PhraseScratch()
    /// The last head-word scan that met none (see `HeadlessStretch`).
    let headless = HeadlessStretch()

    /// The thread's word cache whose kept answers are shared with other documents, once
    /// `share` is called; its generation then, and each id's index in it.
    @exclusivity(unchecked) private var shared: WordCache?
    @exclusivity(unchecked) private var generation = 0
    @exclusivity(unchecked) private var threadWords: [Int32] = []

    /// The answers `fill` writes for ids `0..<count`: it is handed the two words of every id to
    /// write, in order (all `2 * count` of them, as `WordCache.indices` writes a word's kept
    /// answers), instead of zeros being written first.
    init(count: Int, filledBy fill: (UnsafeMutableBufferPointer<UInt64>) -> Void) {
        bits = .allocate(capacity: max(1, 2 * count))
        if count == 0 { bits.initialize(repeating: 0) }
        fill(UnsafeMutableBufferPointer(rebasing: bits[..<(2 * count)]))
    }

    deinit {
        bits.deallocate()
    }

    /// Reads and adds to the answers `cache` keeps from now on: a question first asked about an
    /// id is answered from the cache when the word met it in an earlier document. `threadWords`
    /// holds each id's index in the cache, good while its generation is `generation`.
    func share(_ cache: WordCache, threadWords: [Int32], generation: Int) {
        precondition(2 * threadWords.count <= bits.count, "one index per id")
        shared = cache
        self.threadWords = threadWords
        self.generation = generation
        // What the cache knows of every id comes in now, in one loop whose reads overlap,
        // rather than one id at a time as the rules first ask (each read a likely cache miss).
        for (id, word) in threadWords.enumerated() {
            bits[2 * id] |= cache.answers(Int(word), 0)
            bits[2 * id + 1] |= cache.answers(Int(word), 1)
        }
    }

    /// Adds to the answers `cache` keeps from now on, as `share` does, without reading them:
    /// these answers already hold what the cache knew of every id (filled by `WordCache.indices`).
    func join(_ cache: WordCache, threadWords: [Int32], generation: Int) {
        precondition(2 * threadWords.count <= bits.count, "one index per id")
        shared = cache
        self.threadWords = threadWords
        self.generation = generation
    }

    /// Forgets every answer (they were found in other lexicon tables) and stops sharing them.
    func forgetAll() {
        bits.update(repeating: 0)
        shared = nil
    }

    /// Whether the answers are shared with the thread's word cache for the lexicon tables
    /// `tables`: then the questions were (and are to be) answered in those tables, and a rule
    /// outside the mention recogniser may ask its own.
    func isShared(for tables: AnyObject) -> Bool {
        guard let shared, shared.generation == generation else { return false }
        return shared.keepsAnswers(for: tables)
    }

    /// The answer to `question` for the text with id `id`: remembered, or found by `lookup`
    /// now and remembered.
    @inline(__always)
    func answer(_ question: Question, _ id: Int32, _ lookup: () -> Bool) -> Bool {
        let q = question.rawValue
        let asked: UInt64 = 1 << UInt64(2 * (q & 31)), yes = asked << 1
        let slot = 2 * Int(id) + (q >> 5)
        precondition(id >= 0 && slot < bits.count, "token id out of range")
        let word = bits[slot]
        if word & asked != 0 { return word & yes != 0 }
        return firstAnswer(slot, Int(id), q >> 5, asked, lookup)
    }

    /// Adds the answers `half0` and `half1` (asked and answer bits of questions 0–31 and 32–63)
    /// for `id`, all at once, and keeps them in the word cache when shared (as `firstAnswer`
    /// keeps one): `LexiconFacts` finds every covered answer about a new word in one look-up.
    func fill(_ id: Int32, _ half0: UInt64, _ half1: UInt64) {
        let slot = 2 * Int(id)
        precondition(id >= 0 && slot + 1 < bits.count, "token id out of range")
        bits[slot] |= half0
        bits[slot + 1] |= half1
        if let shared, shared.generation == generation {
            let word = Int(threadWords[Int(id)])
            shared.record(word, 0, half0)
            shared.record(word, 1, half1)
        }
    }

    /// The entry of the word of `id` in a table of the lexicon tables `tables` (only one table
    /// asks: the gazetteer's, for a word known to be a place), kept in the thread's word cache
    /// when the answers are shared for `tables`; else, or when none is kept yet, found by
    /// `lookup` (nil when the table cannot give one, which is then not kept).
    ///
    /// A place named in many documents ("Washington", "Iowa") is then looked up once per thread
    /// rather than at every occurrence: each look-up read the gazetteer's filter, slot and key
    /// bytes, most of them cache misses.
    @inline(__always)
    func tableEntry(_ id: Int32, for tables: AnyObject, _ lookup: () -> Int?) -> Int? {
        guard let shared, shared.generation == generation, shared.keepsAnswers(for: tables) else { return lookup() }
        let word = Int(threadWords[Int(id)])
        let kept = shared.tableEntry(word)
        if kept > 0 { return kept - 1 }
        let found = lookup()
        if let found { shared.keepTableEntry(word, found + 1) }
        return found
    }

    /// Whether `question` has been answered about `id`, and its answer then.
    func known(_ question: Question, _ id: Int32) -> Bool? {
        let q = question.rawValue, slot = 2 * Int(id) + (q >> 5)
        precondition(id >= 0 && slot < bits.count, "token id out of range")
        let asked: UInt64 = 1 << UInt64(2 * (q & 31)), word = bits[slot]
        return word & asked == 0 ? nil : word & asked << 1 != 0
    }

    /// The answer to a question not asked about `id` in this document yet (its bit `asked` in
    /// word `slot`, `half` of the id's two), found by `lookup`, and kept in the word cache when
    /// shared (what the cache knew of the id came in at `share`).
    private func firstAnswer(_ slot: Int, _ id: Int, _ half: Int, _ asked: UInt64, _ lookup: () -> Bool) -> Bool {
        let found = lookup()
        let add = asked | (found ? asked << 1 : 0)
        bits[slot] |= add
        if let shared, shared.generation == generation { shared.record(Int(threadWords[id]), half, add) }
        return found
    }
}
