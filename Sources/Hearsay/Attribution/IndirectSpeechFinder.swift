/// Reported speech without quotation marks, as quotes of kind `indirect` with their speaker
/// (only when the indirect option is on): `X said (that) …`, `X told reporters that …`,
/// `…, X said.`, `…, according to X.`
///
/// As in PolNeAR, what is reported is the paraphrased content, quoted fragments included.
struct IndirectSpeechFinder {
    /// Words that may start the reported clause right after the cue.
    static let clauseStarters: Set<String> = [
        "that", "he", "she", "they", "it", "we", "i", "you", "the", "a", "an", "there", "this", "these", "those", "his", "her",
        "their", "its", "our", "no", "some", "many", "most", "all", "if", "whether", "what", "how", "why", "when", "more", "only",
    ]

    func find(_ context: AttributionContext) -> [Quote] {
        let t = context.t
        let resolver = SpeakerResolver(context: context)
        let phrases = SpeakerPhrases(context: context)
        var found: [Quote] = []
        for s in context.document.sentences.indices {
            let range = context.tokenRange(ofSentence: s)
            guard !range.isEmpty else { continue }
            var claimed = range.lowerBound
            for c in range where context.cueAt[c] != nil && c >= claimed {
                guard let cue = context.cueAt[c], cue.type != "manner" else { continue }
                var content: (Int, Int)?
                var candidate: SpeakerCandidate?
                // Forward: "X said (that) CONTENT", "X told reporters that CONTENT".
                if let left = phrases.left(of: c, in: range.lowerBound..<c), let start = complementStart(after: c, range, context) {
                    var end = range.upperBound - 1
                    if let stop = (start..<range.upperBound).first(where: { k in
                        k > start + 2 && t.texts[k] == "," && k + 1 < range.upperBound
                            && (context.cueAt[k + 1]?.form == .participle || t.lowercased[k + 1] == "according")
                    }) { end = stop - 1 }
                    content = (start, end)
                    candidate = left
                }
                // Backward: "CONTENT, X said." / "CONTENT, said X."
                else if c > range.lowerBound + 3 {
                    let comma = (claimed..<c).last(where: { t.texts[$0] == "," })
                    if let comma, comma > claimed + 2,
                       let who = (c == comma + 1 ? phrases.right(of: c, in: range) : phrases.left(of: c, in: (comma + 1)..<c)) {
                        content = (claimed, comma - 1)
                        candidate = who
                    }
                }
                guard var (a, b) = content, let speaker = candidate else { continue }
                while b > a, t.kinds[b] == .punctuation, !context.insideQuote[b] { b -= 1 }
                while a < b, t.kinds[a] == .punctuation, !context.insideQuote[a] { a += 1 }
                let words = (a...b).filter { t.kinds[$0] != .punctuation }.count
                guard words >= 4 else { continue }
                // Content that is one direct quotation is already reported as such.
                if let q = context.quotes.first(where: { $0.depth == 0 && $0.kind == .direct && $0.outer.contains(Span(t.spans[a].start, t.spans[b].end)) }) {
                    _ = q
                    continue
                }
                if context.quotes.contains(where: { $0.kind == .direct && $0.depth == 0 && $0.outer.start <= t.spans[a].start && $0.outer.end >= t.spans[b].end - 1 }) { continue }
                guard let (name, entity) = resolver.resolve(speaker) else { continue }
                let span = Span(t.spans[a].start, t.spans[b].end)
                var quote = Quote(span: span, openMark: nil, closeMark: nil, kind: .indirect,
                                  paragraph: context.document.paragraphIndex(at: span.start) ?? 0, group: -1)
                quote.attribution = Attribution(speaker: name, mention: speaker.span, entity: entity, cue: t.spans[c],
                                                cueLemma: cue.lemma, sieve: "indirect", confidence: 0.7)
                found.append(quote)
                claimed = max(b + 1, c + 1)
            }
            // "CONTENT, according to X."
            if let k = (range.lowerBound..<max(range.lowerBound, range.upperBound - 1)).first(where: {
                t.lowercased[$0] == "according" && t.lowercased[$0 + 1] == "to" && !context.insideQuote[$0] }),
               k > range.lowerBound + 4, k >= claimed, let who = phrases.right(of: k + 1, in: range),
               let (name, entity) = resolver.resolve(who) {
                var b = k - 1
                while b > range.lowerBound, t.kinds[b] == .punctuation { b -= 1 }
                let span = Span(t.spans[claimed].start, t.spans[b].end)
                var quote = Quote(span: span, openMark: nil, closeMark: nil, kind: .indirect,
                                  paragraph: context.document.paragraphIndex(at: span.start) ?? 0, group: -1)
                quote.attribution = Attribution(speaker: name, mention: who.span, entity: entity, cue: Span(t.spans[k].start, t.spans[k + 1].end),
                                                cueLemma: "according to", sieve: "indirect", confidence: 0.7)
                found.append(quote)
            }
        }
        return found
    }

    /// Where the reported clause starts after cue `c`: right after it, after "that", or after a
    /// short indirect object ("told reporters that", "told CNN on Monday that").
    func complementStart(after c: Int, _ range: Range<Int>, _ context: AttributionContext) -> Int? {
        let t = context.t
        let next = c + 1
        guard next < range.upperBound else { return nil }
        if t.lowercased[next] == "that" { return next + 1 < range.upperBound ? next + 1 : nil }
        if let that = (next..<min(range.upperBound, next + 6)).first(where: { t.lowercased[$0] == "that" }),
           !(next..<that).contains(where: { t.kinds[$0] == .punctuation && t.texts[$0] != "’s" && t.texts[$0] != "." }) {
            return that + 1 < range.upperBound ? that + 1 : nil
        }
        if t.texts[next] == "," || t.texts[next] == ":" { return nil }
        if Self.clauseStarters.contains(t.lowercased[next]) || context.mentionAt[next] >= 0 || t.capitalized[next] { return next }
        return nil
    }
}
