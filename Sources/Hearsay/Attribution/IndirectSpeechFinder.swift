/// Reported speech without quotation marks: `X said (that) …` and `…, X said.`, as quotes of
/// kind `indirect` with their speaker (only when the indirect option is on).
struct IndirectSpeechFinder {
    static let complementizers: Set<String> = ["that", "he", "she", "they", "it", "the", "a", "an", "there", "we", "i", "this", "his", "her", "their"]

    func find(_ context: AttributionContext) -> [Quote] {
        let t = context.t
        let resolver = SpeakerResolver(context: context)
        let phrases = SpeakerPhrases(context: context)
        var found: [Quote] = []
        for s in context.document.sentences.indices {
            let range = context.tokenRange(ofSentence: s)
            guard !range.contains(where: { context.insideQuote[$0] }) else { continue }
            guard let c = range.first(where: { context.cueAt[$0].map { $0.type != "manner" && $0.form != .participle } ?? false }) else { continue }
            var span: Span?
            var candidate: SpeakerCandidate?
            if let left = phrases.left(of: c, in: range.lowerBound..<c), c + 1 < range.upperBound,
               Self.complementizers.contains(t.lowercased[c + 1]) || context.mentionAt[c + 1] >= 0 {
                var a = c + 1
                if t.lowercased[a] == "that" { a += 1 }
                var b = range.upperBound - 1
                while b > a, t.kinds[b] == .punctuation { b -= 1 }
                if b - a >= 3 { span = Span(t.spans[a].start, t.spans[b].end); candidate = left }
            } else if c > range.lowerBound + 4, c + 1 < range.upperBound, let right = phrases.right(of: c, in: range) ?? phrases.left(of: c, in: range),
                      let comma = (range.lowerBound..<c).last(where: { t.texts[$0] == "," }), comma > range.lowerBound + 3,
                      right.span.start > t.spans[comma].start {
                span = Span(t.spans[range.lowerBound].start, t.spans[comma - 1].end)
                candidate = right
            }
            guard let span, let candidate, let (name, entity) = resolver.resolve(candidate) else { continue }
            var quote = Quote(span: span, openMark: nil, closeMark: nil, kind: .indirect,
                              paragraph: context.document.paragraphIndex(at: span.start) ?? 0, group: -1)
            quote.attribution = Attribution(speaker: name, mention: candidate.span, entity: entity, cue: t.spans[c],
                                            cueLemma: context.cueAt[c]?.lemma, sieve: "indirect", confidence: 0.7)
            found.append(quote)
        }
        return found
    }
}
