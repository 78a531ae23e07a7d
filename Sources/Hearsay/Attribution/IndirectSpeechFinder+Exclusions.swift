/// Cues whose words after them are seldom reported content: an addressee after a quotation
/// (`“…,” Cole told the council.`) and forms that in news prose mostly mean something other
/// than saying (`hit the road`, `the press`, `knew him well`).
extension IndirectSpeechFinder {
    /// Cue and content-verb forms that report no indirect content: more often a noun, or a
    /// sense other than saying ("focus on the road", "maintained the bridge", "knew him well").
    static let excludedForms: Set<String> = ["hit", "press", "knew", "known", "maintain", "maintains", "maintained", "focus",
                                             "focuses", "states", "find"]

    /// Whether the words after "told" at cue `c`, from `start`, are only its addressee: the cue
    /// closes a quotation (`“…,” Cole told the council`, the quotation right before the speaker
    /// `speaker`) and no "that" or "to" opens a content of its own.
    func addresseeAfterQuotation(cue c: Int, lemma: String, start: Int, speaker: SpeakerCandidate, _ range: Range<Int>,
                                 _ context: AttributionContext) -> Bool {
        let t = context.t
        guard lemma == "tell", start > c, !["that", "to"].contains(t.lowercased[start]) else { return false }
        var before = context.token(atOrAfter: speaker.span.start) - 1
        if before >= range.lowerBound, t.texts[before] == ",", !context.insideQuote[before] { before -= 1 }
        return before >= range.lowerBound && context.insideQuote[before]
    }
}
