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
    }

    /// Two words per id (questions 0–31, then 32–63). A `let` buffer rather than a `var`
    /// array: class storage read and written in a hot loop would pay a dynamic exclusivity
    /// check on every access.
    private let bits: UnsafeMutableBufferPointer<UInt64>

    /// The buffers phrases of the document are laid out in (see `PhraseBytes`).
    let phraseScratch = PhraseScratch()
    /// The last head-word scan that met none (see `HeadlessStretch`).
    let headless = HeadlessStretch()

    /// The answers shared with other documents (see `SharedWordAnswers`), once `share` is called.
    @exclusivity(unchecked) private var shared: SharedWordAnswers?
    /// Each id's text, for finding its shared entry.
    @exclusivity(unchecked) private var words: [String] = []
    /// Per id: its entry in `shared`, or -1 before its first question.
    @exclusivity(unchecked) private var entries: UnsafeMutableBufferPointer<Int32>?

    /// Nothing asked yet for ids `0..<count`.
    init(count: Int) {
        bits = .allocate(capacity: max(1, 2 * count))
        bits.initialize(repeating: 0)
    }

    deinit {
        bits.deallocate()
        entries?.deallocate()
    }

    /// Reads and adds to `store` from now on: a question first asked about an id is answered
    /// from the store when the word met it in an earlier document. `words` holds each id's text.
    func share(_ store: SharedWordAnswers, words: [String]) {
        precondition(2 * words.count <= bits.count, "one text per id")
        shared = store
        self.words = words
        entries?.deallocate()
        let entries = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(1, words.count))
        entries.initialize(repeating: -1)
        self.entries = entries
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

    /// The answer to a question not asked about `id` in this document yet (its bit `asked` in
    /// word `slot`, `half` of the id's two): from the shared store, or found by `lookup`.
    private func firstAnswer(_ slot: Int, _ id: Int, _ half: Int, _ asked: UInt64, _ lookup: () -> Bool) -> Bool {
        guard let shared, let entries else {
            let found = lookup()
            bits[slot] |= asked | (found ? asked << 1 : 0)
            return found
        }
        var e = Int(entries[id])
        if e < 0 {
            // The id's first question: everything the store knows of the word comes in at once.
            e = shared.entry(for: words[id])
            entries[id] = Int32(truncatingIfNeeded: e)
            bits[2 * id] |= shared.answers(e, 0)
            bits[2 * id + 1] |= shared.answers(e, 1)
            let word = bits[slot]
            if word & asked != 0 { return word & (asked << 1) != 0 }
        }
        let found = lookup()
        let add = asked | (found ? asked << 1 : 0)
        bits[slot] |= add
        shared.record(e, half, add)
        return found
    }
}
