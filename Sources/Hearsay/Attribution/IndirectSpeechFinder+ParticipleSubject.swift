/// The speaker of a participle cue whose subject no other rule found (`Speaking at the old
/// depot on Monday, the engineer, a veteran of three bridges, was blunt, saying …`): the words
/// that open the sentence, as for `fallbackSubject`.
///
/// A participle has no subject of its own; the clause it hangs on almost always opens the
/// sentence, so the speaker of last resort is its opening words (PolNeAR train: about 59% of the
/// contents this adds are right).
extension IndirectSpeechFinder {
    /// The speaker of last resort of cue `cue` at token `c` when it is a participle ("saying",
    /// "urging"): the words from the sentence's start to its first comma before the cue.
    func participleSubject(of c: Int, cue: CueVerb, _ range: Range<Int>, _ context: AttributionContext) -> SpeakerCandidate? {
        guard c > range.lowerBound, c < range.upperBound, context.t.lowercased[c].hasSuffix("ing") else { return nil }
        return openingWords(before: c, range, context)
    }
}
