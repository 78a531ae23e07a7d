/// One attribution rule. Sieves run in a fixed order; each looks only at quotes no earlier
/// sieve has attributed, and proposes the phrase naming the speaker plus the cue verb.
protocol AttributionSieve: Sendable {
    /// Stable name recorded in reports (`sieve` field).
    var name: String { get }
    /// How sure this rule is when it fires.
    var confidence: Double { get }
    /// Texts that show the rule, used as tests.
    var examples: [SieveExample] { get }
    /// The speaker phrase and cue token for quote `q`, or nil when the rule does not apply.
    func propose(for q: Int, in context: AttributionContext) -> (candidate: SpeakerCandidate, cue: Int?)?
    /// Whether `propose` may read the attributions of other quotes (and so answer differently
    /// once more quotes are attributed). A rule that does not fails a quote for good: the
    /// second round of `Attributor` leaves it out.
    var readsOtherAttributions: Bool { get }
}

extension AttributionSieve {
    /// To be safe, a rule is taken to read other attributions unless it says otherwise.
    var readsOtherAttributions: Bool { true }
}

/// A worked example for a sieve: a text with one quote and the speaker it must get.
public struct SieveExample: Sendable {
    /// The text, as plain text input.
    public let text: String
    /// Words of the quote that must be found (a fragment is enough).
    public let quote: String
    /// The canonical speaker expected.
    public let speaker: String
}

/// The standard sieves in their fixed order.
enum AttributionSieves {
    static let standard: [any AttributionSieve] = [
        TranscriptLabelSieve(),
        DepictedSpeakerSieve(),
        TrailingCueSieve(),
        ClauseSubjectSieve(),
        LeadingCueSieve(),
        ParticipleCueSieve(),
        DashSieve(),
        AccordingToSieve(),
        ColonParagraphSieve(),
        ContinuationSieve(),
        FloatingQuoteSieve(),
    ]
}

extension AttributionContext {
    /// Token range of the sentence holding byte `offset`.
    func sentenceTokens(at offset: Int) -> Range<Int> {
        guard let s = sentenceIndex(at: offset) else { return 0..<0 }
        return tokenRange(ofSentence: s)
    }

    /// Where quote `q` sits among the tokens, found once per quote (see `QuoteSites`). Inlined
    /// into each rule, so that a site already found is read without a call; the first question
    /// about a quote goes out to `findSite` (callgrind, the 168 PolNeAR dev+test texts: the
    /// call took about 35 instructions of its own at each of the rules' 10,000 questions).
    @inline(__always)
    func site(_ q: Int) -> QuoteSites.Site {
        quoteSites.site(q) { findSite(q) }
    }

    /// Where quote `q` sits among the tokens, found now.
    @inline(never)
    func findSite(_ q: Int) -> QuoteSites.Site {
        let outer = quotes[q].outer
        // (Most quotes open and close in one sentence: its tokens are found once.)
        let first = sentenceIndex(at: outer.start), last = sentenceIndex(at: max(outer.start, outer.end - 1))
        let openSentence = first.map { tokenRange(ofSentence: $0) } ?? 0..<0
        return QuoteSites.Site(open: token(atOrAfter: outer.start), after: token(atOrAfter: outer.end), openSentence: openSentence,
                               closeSentence: last == first ? openSentence : last.map { tokenRange(ofSentence: $0) } ?? 0..<0)
    }
}
