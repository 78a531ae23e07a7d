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
        case organizationPossession, appositiveStop, headFollower
    }

    /// Two words per id (questions 0–31, then 32–63). A `let` buffer rather than a `var`
    /// array: class storage read and written in a hot loop would pay a dynamic exclusivity
    /// check on every access.
    private let bits: UnsafeMutableBufferPointer<UInt64>

    /// The buffers phrases of the document are laid out in (see `PhraseBytes`).
    let phraseScratch = PhraseScratch()

    /// Nothing asked yet for ids `0..<count`.
    init(count: Int) {
        bits = .allocate(capacity: max(1, 2 * count))
        bits.initialize(repeating: 0)
    }

    deinit { bits.deallocate() }

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
        let found = lookup()
        bits[slot] = word | asked | (found ? yes : 0)
        return found
    }
}
