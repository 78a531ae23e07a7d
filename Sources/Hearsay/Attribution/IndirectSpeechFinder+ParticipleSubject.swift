/// The speaker of a participle cue or content verb whose subject no other rule found (`Ann Cole
/// of the trust and her deputies left early, saying …`, `…, talking about …`, `…, calling for …`):
/// the words that open the sentence, as for `fallbackSubject`.
///
/// A participle has no subject of its own; the clause it hangs on almost always opens the
/// sentence, so the speaker of last resort is its opening words (PolNeAR train: about 59% of the
/// contents this adds for cues are right, 47% for content verbs).
extension IndirectSpeechFinder {
    /// The speaker of last resort of the cue or content verb at token `c` when it is a participle
    /// ("saying", "urging", "talking"): the words from the sentence's start to its first comma before it.
    func participleSubject(of c: Int, _ range: Range<Int>, _ context: AttributionContext) -> SpeakerCandidate? {
        guard c > range.lowerBound, c < range.upperBound, context.t.lowercased[c].hasSuffix("ing") else { return nil }
        return openingWords(before: c, range, context)
    }
}
