/// `X followed his dismissal with an assessment, saying there is “…”`: a participle cue after a
/// comma takes the subject of its clause, the first name or pronoun of the sentence.
struct ParticipleCueSieve: AttributionSieve {
    let name = "participle-cue"
    let confidence = 0.85
    let examples = [
        SieveExample(text: "Mr John Reed rejected the offer on Monday, saying it was “a cynical stunt”.", quote: "a cynical stunt", speaker: "John Reed"),
    ]

    func propose(for q: Int, in context: AttributionContext) -> (candidate: SpeakerCandidate, cue: Int?)? {
        let quote = context.quotes[q]
        let open = context.tokenAtOpen(quote)
        let range = context.sentenceTokens(at: quote.outer.start)
        let t = context.t
        var c = open - 1
        while c > range.lowerBound {
            if context.insideQuote[c] { return nil }
            if let cue = context.cueAt[c], cue.form == .participle {
                // The clause subject: the first speaker-like phrase of the sentence.
                let phrases = SpeakerPhrases(context: context)
                var k = range.lowerBound
                while k < c - 1 {
                    if context.insideQuote[k] { k += 1; continue }
                    if context.mentionAt[k] >= 0 {
                        let mention = context.mentions[context.mentionAt[k]]
                        if mention.kind != .place && !mention.isPossessive && !mention.isModifier {
                            return (SpeakerCandidate(kind: .mention(context.mentionAt[k]), span: mention.fullSpan), c)
                        }
                        k += 1
                        continue
                    }
                    if let candidate = phrases.phrase(endingAt: k, in: range.lowerBound..<c), case .pronoun = candidate.kind {
                        return (candidate, c)
                    }
                    // A sentence that opens with a described subject: "Her campaign quickly blasted out …".
                    if k > range.lowerBound, k - range.lowerBound <= 4, let candidate = phrases.determinedPhrase(endingAt: k, in: range.lowerBound..<c),
                       context.token(atOrAfter: candidate.span.start) == range.lowerBound, t.kinds[k + 1] == .word, !t.capitalized[k + 1] {
                        return (candidate, c)
                    }
                    k += 1
                }
                return nil
            }
            c -= 1
        }
        return nil
    }
}
