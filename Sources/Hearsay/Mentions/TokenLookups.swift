/// Yes-or-no lexicon answers about a document's distinct token texts, each found at most once
/// and then read back by token id (`TokenFeatures.ids`): a word met many times ("The",
/// "Trump", "Washington") is hashed and looked up once per question, not at every rule that asks.
///
/// Every question must depend on the token's text alone; `EntityRecognizer+Lookups` asks them.
final class TokenLookups {
    /// The questions remembered, two bits each (asked, answer) in one 64-bit word per id: at
    /// most thirty-two.
    enum Question: Int, CaseIterable {
        case commonWord, commonWordStripped, title, demonym, organization, nameHead, nameHeadStripped, place
        case pronoun, personCue, cueVerb, multiWordStartOrStripped, demonymStripped, knownWordStripped, titlePrefix, placeStripped
        case particle, roleLastWord, headConnector, cueLeadIn, sourceNoun, quoteMark, organizationPrefix, scorecardWord
        case placeConnector, organizationStripped
    }

    /// One word per id. A `let` buffer rather than a `var` array: class storage read and written
    /// in a hot loop would pay a dynamic exclusivity check on every access.
    private let bits: UnsafeMutableBufferPointer<UInt64>

    /// The buffers phrases of the document are laid out in (see `PhraseBytes`).
    let phraseScratch = PhraseScratch()

    /// Nothing asked yet for ids `0..<count`.
    init(count: Int) {
        bits = .allocate(capacity: max(1, count))
        bits.initialize(repeating: 0)
    }

    deinit { bits.deallocate() }

    /// The answer to `question` for the text with id `id`: remembered, or found by `lookup`
    /// now and remembered.
    @inline(__always)
    func answer(_ question: Question, _ id: Int32, _ lookup: () -> Bool) -> Bool {
        let asked: UInt64 = 1 << UInt64(2 * question.rawValue), yes = asked << 1
        precondition(id >= 0 && Int(id) < bits.count, "token id out of range")
        let word = bits[Int(id)]
        if word & asked != 0 { return word & yes != 0 }
        let found = lookup()
        bits[Int(id)] = word | asked | (found ? yes : 0)
        return found
    }
}
