/// `X followed his dismissal with an assessment, saying there is “…”`: a participle cue after a
/// comma takes the subject of its clause, the first name or pronoun of the sentence.
struct ParticipleCueSieve: AttributionSieve {
    let name = "participle-cue"
    let confidence = 0.85
    /// Reads only the text around the quote, never other quotes' attributions.
    var readsOtherAttributions: Bool { false }
    let examples = [
        SieveExample(text: "Mr John Reed rejected the offer on Monday, saying it was “a cynical stunt”.", quote: "a cynical stunt", speaker: "John Reed"),
        SieveExample(text: "The union and Tom Reed will meet next week, Anna Berg said, adding, “They need to talk.”", quote: "They need to talk", speaker: "Anna Berg"),
        SieveExample(text: "During the debate with Tom Reed, Anna Berg compared herself to him, saying, “I pay my taxes.”", quote: "I pay my taxes", speaker: "Anna Berg"),
        SieveExample(text: "Angry protesters marched past the office of Tom Reed, chanting “No more cuts.”", quote: "No more cuts",
                     speaker: "Angry protesters"),
    ]

    /// Words that open an adverbial before the subject of a sentence.
    static let adverbialOpeners: Set<String> = ["during", "in", "at", "on", "after", "before", "alongside", "despite", "since",
                                                "following", "amid", "earlier", "later", "last", "speaking", "with", "without"]

    func propose(for q: Int, in context: AttributionContext) -> (candidate: SpeakerCandidate, cue: Int?)? {
        let site = context.site(q)
        let open = site.open, range = site.openSentence
        var c = open - 1
        while c > range.lowerBound {
            if context.insideQuote[c] { return nil }
            if let cue = context.cueAt[c], cue.form == .participle {
                return Self.subject(ofParticiple: c, in: range, context).map { ($0, c) }
            }
            c -= 1
        }
        return nil
    }

    /// The speaker of participle cue `c` in sentence tokens `range`: the speaker of a finite cue
    /// before it, else the subject of the sentence.
    static func subject(ofParticiple c: Int, in range: Range<Int>, _ context: AttributionContext) -> SpeakerCandidate? {
        let t = context.t
        let phrases = SpeakerPhrases(context: context)
        // "Spicer said, adding, “…”": the speaker of a finite cue earlier in the sentence.
        var f = c - 1
        while f > range.lowerBound, !context.insideQuote[f] {
            if let earlier = context.cueAt[f], earlier.form != .participle {
                let local = range.lowerBound..<c
                if let candidate = phrases.left(of: f, in: local) { return candidate }
                if !LeadingCueSieve.addresseeFirst.contains(earlier.lemma), let candidate = phrases.right(of: f, in: local) { return candidate }
                break
            }
            f -= 1
        }
        // The clause subject: the first speaker-like phrase of the sentence, after an
        // opening adverbial ("During the debate, Sanders compared …").
        var k = range.lowerBound
        if Self.adverbialOpeners.contains(t.lowercased[k]),
           let comma = (k..<min(c - 1, k + 15)).first(where: { t.isText($0, ",") && !context.insideQuote[$0] }) {
            k = comma + 1
        }
        let opening = k
        while k < c - 1 {
            if context.insideQuote[k] { k += 1; continue }
            // "Angry protesters marched …, chanting": an unnamed group opening the clause.
            if k - opening <= 4, phrases.isSourceHead(k), k + 1 < c, t.kinds[k + 1] == .word, !t.capitalized[k + 1],
               !SpeakerPhrases.prepositions.contains(t.lowercased[k + 1]), context.mentionAt[k] < 0,
               let group = phrases.nominal(endingAt: k, in: opening..<c) {
                return group
            }
            if context.mentionAt[k] >= 0 {
                let mention = context.mentions[context.mentionAt[k]]
                if mention.kind != .place && !mention.isPossessive && !mention.isModifier {
                    return SpeakerCandidate(kind: .mention(context.mentionAt[k]), span: mention.fullSpan)
                }
                k += 1
                continue
            }
            if let candidate = phrases.phrase(endingAt: k, in: range.lowerBound..<c), case .pronoun = candidate.kind {
                return candidate
            }
            // A sentence that opens with a described subject: "Her campaign quickly blasted out …".
            if k > range.lowerBound, k - range.lowerBound <= 4, let candidate = phrases.determinedPhrase(endingAt: k, in: range.lowerBound..<c),
               context.token(atOrAfter: candidate.span.start) == range.lowerBound, t.kinds[k + 1] == .word, !t.capitalized[k + 1] {
                return candidate
            }
            k += 1
        }
        return nil
    }
}