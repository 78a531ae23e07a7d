/// Cues whose words around them are seldom reported content: an addressee after a quotation
/// (`“…,” Cole told the council.`), forms that in news prose mostly mean something other
/// than saying (`hit the road`, `the press`, `knew him well`), and cues other than saying that
/// close a sentence (`…, Cole felt.`).
extension IndirectSpeechFinder {
    /// Cue and content-verb forms that report no indirect content: more often a noun, or a
    /// sense other than saying ("focus on the road", "maintained the bridge", "knew him well").
    static let excludedForms: Set<String> = ["hit", "press", "knew", "known", "maintain", "maintains", "maintained", "focus",
                                             "focuses", "states", "find"]

    /// Lemmas of the cues that close a content before them ("…, Cole said."): verbs of saying
    /// and writing; others there mostly describe or judge what comes before ("…, Cole described.").
    static let trailingLemmas: Set<String> = ["say", "add", "tell", "note", "explain", "insist", "argue", "announce", "write",
                                              "report", "acknowledge", "warn", "claim", "suggest", "predict", "contend",
                                              "concede", "admit", "recall", "conclude", "estimate", "state", "maintain",
                                              "confirm", "stress", "emphasize", "continue"]

    /// Whether the words after "told" at cue `c`, from `start`, are only its addressee: the cue
    /// closes a quotation (`“…,” Cole told the council`, the quotation right before the speaker
    /// `speaker`) and no "that" or "to" opens a content of its own.
    func addresseeAfterQuotation(cue c: Int, lemma: String, start: Int, speaker: SpeakerCandidate, _ range: Range<Int>,
                                 _ context: AttributionContext) -> Bool {
        let t = context.t
        guard lemma == "tell", start > c, !["that", "to"].contains(t.lowercased[start]) else { return false }
        var before = context.token(atOrAfter: speaker.span.start) - 1
        if before >= range.lowerBound, t.isText(before, ","), !context.insideQuote[before] { before -= 1 }
        return before >= range.lowerBound && context.insideQuote[before]
    }
}
