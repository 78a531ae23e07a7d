/// The speaker of a participle cue or content verb whose subject no other rule found (`Ann Cole
/// of the trust and her deputies left early, saying …`, `…, talking about …`, `…, calling for …`):
/// the words that open the sentence, as for `fallbackSubject`.
///
/// A participle has no subject of its own; the clause it hangs on almost always opens the
/// sentence, so the speaker of last resort is its opening words (PolNeAR train: about 59% of the
/// contents this adds for cues are right, 47% for content verbs).
extension IndirectSpeechFinder {
    /// Content verbs of knowing, deciding or wanting: after "to" their subject is seldom the one who speaks.
    static let privateLemmas: Set<String> = ["know", "understand", "decide", "learn", "want", "signal"]

    /// The speaker of last resort of the cue or content verb at token `c` when it is a participle
    /// ("saying", "urging", "talking"): the words from the sentence's start to its first comma before it.
    func participleSubject(of c: Int, _ range: Range<Int>, _ context: AttributionContext) -> SpeakerCandidate? {
        guard c > range.lowerBound, c < range.upperBound else { return nil }
        let t = context.t
        let participle = t.lowercased[c].hasSuffix("ing")
        // "… came to discuss …": an infinitive content verb, but not one of knowing or wanting.
        let infinitive = t.lowercased[c - 1] == "to" && !context.cueAt.hasCue(c)
            && contentVerb(at: c, context).map { !Self.privateLemmas.contains($0.lemma) } ?? false
        guard participle || infinitive else { return nil }
        return openingWords(before: participle ? c : c - 1, range, context)
    }
}
