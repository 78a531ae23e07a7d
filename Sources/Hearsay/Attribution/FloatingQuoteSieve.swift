/// A quote sentence with no cue of its own, right after a sentence where someone speaks (`X said on Monday.` `“…”`).
struct FloatingQuoteSieve: AttributionSieve {
    let name = "floating-quote"
    let confidence = 0.6
    let examples = [
        SieveExample(text: "Laura Price spoke to reporters on Monday. “We are not going anywhere.”", quote: "We are not going anywhere", speaker: "Laura Price"),
        SieveExample(text: "Tom Reed spoke first. Laura Price ended the feud by saying he had been right. “We are not going anywhere.”",
                     quote: "We are not going anywhere", speaker: "Laura Price"),
        SieveExample(text: "On Sunday, Laura Price pointed to young voters as the reason for hope. “They are done with the old ways.”",
                     quote: "done with the old ways", speaker: "Laura Price"),
    ]

    /// Words of the sentence before that say someone spoke, though no cue ("X spoke to reporters").
    static let speakingWords = ["spoke", "speaking", "interview", "statement"]

    /// Whether token `k` is one of `speakingWords` (any case). Only a word opening with s or i
    /// lowercases to one of them: other tokens are ruled out by their first byte, without a
    /// string comparison; and the list is a constant, where a literal in the loop was made and
    /// freed at each token asked about (callgrind, the 168 PolNeAR dev+test texts: 843 lists,
    /// 3,372 comparisons).
    static func isSpeakingWord(_ k: Int, _ t: TokenFeatures) -> Bool {
        let first = t.firstByte(k) | 0x20
        return (first == 0x73 || first == 0x69) && speakingWords.contains(t.lowercased[k])
    }

    func propose(for q: Int, in context: AttributionContext) -> (candidate: SpeakerCandidate, cue: Int?)? {
        let quote = context.quotes[q].place
        guard quote.kind == .direct, let s = context.sentenceIndex(at: quote.outer.start), s > 0 else { return nil }
        let here = context.tokenRange(ofSentence: s)
        if here.contains(where: { context.cueAt.hasCue($0) }) { return nil }
        let previous = context.tokenRange(ofSentence: s - 1)
        // Only within the paragraph or from the paragraph right before.
        guard let pq = context.document.paragraphIndex(at: quote.outer.start),
              let pp = context.document.paragraphIndex(at: context.document.sentences[s - 1].start), pq - pp <= 1 else { return nil }
        // `“A,” said X. “B.”`: the previous sentence holds a quote already attributed.
        // Or the one before it, in the same paragraph (`“A,” X said. Another sentence. “B.”`).
        for back in 1...2 where s - back >= 0 {
            let previousSpan = context.document.sentences[s - back]
            if back > 1, context.document.paragraphIndex(at: previousSpan.start) != pq { break }
            if let earlier = context.lastTopLevelQuote(covering: context.tokenRange(ofSentence: s - back), where: { context.isAttributed($0) }),
               let inherited = SpeakerCandidate.inherited(from: earlier, context) {
                return (inherited, nil)
            }
        }
        let phrases = SpeakerPhrases(context: context)
        for k in previous where context.cueAt.hasCue(k) || Self.isSpeakingWord(k, context.t) {
            // "X distanced himself from it by saying he would help.": the participle's subject, not the pronoun after it.
            if context.cueAt[k]?.form == .participle {
                if let candidate = ParticipleCueSieve.subject(ofParticiple: k, in: previous, context) { return (candidate, k) }
                continue
            }
            if let candidate = phrases.left(of: k, in: previous) ?? (context.cueAt.hasCue(k) ? phrases.right(of: k, in: previous) : nil) {
                return (candidate, context.cueAt.hasCue(k) ? k : nil)
            }
        }
        // The subject of the previous sentence when it opens with a person.
        if let first = previous.first, context.mentionAt[first] >= 0, context.mentions[context.mentionAt[first]].kind == .person,
           context.lastTopLevelQuote(covering: previous, where: {
               context.isAttributed($0) && context.sentenceIndex(at: context.quotes[$0].outer.start) == s - 1 }) != nil {
            let m = context.mentionAt[first]
            return (SpeakerCandidate(kind: .mention(m), span: context.mentions[m].fullSpan), nil)
        }
        // `On Sunday, Jane Hill pointed to the young. “…”`: in the same paragraph, a person who is the
        // subject of the sentence before.
        if let pp = context.document.paragraphIndex(at: context.document.sentences[s - 1].start), pp == pq,
           let subject = ParticipleCueSieve.subject(ofParticiple: previous.upperBound, in: previous, context),
           case let .mention(m) = subject.kind, context.mentions[m].kind == .person {
            return (subject, nil)
        }
        return nil
    }
}
