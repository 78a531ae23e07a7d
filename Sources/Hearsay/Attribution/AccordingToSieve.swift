/// `according to X` in the quote's sentence.
struct AccordingToSieve: AttributionSieve {
    let name = "according-to"
    let confidence = 0.85
    /// Reads only the text around the quote, never other quotes' attributions.
    var readsOtherAttributions: Bool { false }
    let examples = [
        SieveExample(text: "The deal is “all but done”, according to Mary Stone.", quote: "all but done", speaker: "Mary Stone"),
    ]

    func propose(for q: Int, in context: AttributionContext) -> (candidate: SpeakerCandidate, cue: Int?)? {
        let site = context.site(q)
        let range = site.openSentence.lowerBound..<site.closeSentence.upperBound
        // Each "according" outside quotes and followed by "to", found once per document.
        for k in context.accordingTo(in: range.lowerBound..<max(range.lowerBound, range.upperBound - 1)) {
            if let candidate = SpeakerPhrases(context: context).right(of: k + 1, in: range) { return (candidate, k) }
        }
        return nil
    }
}
