/// After attribution, tells partial quotes that sit inside a paraphrase of someone's words
/// (`said it was “a disaster”`, `saying there is “very little doubt …”`) from those that follow
/// their introducing words directly (`called it “a disaster”`): the former are `mixed`.
struct QuoteKindRefiner {
    /// Words between the cue and the opening mark at or above which the quote is mixed.
    static let paraphraseWords = 2

    func refine(_ context: AttributionContext) {
        let t = context.t
        for q in context.quotes.indices where context.quotes[q].kind == .partial {
            guard let attribution = context.quotes[q].attribution, let cue = attribution.cue else { continue }
            let quote = context.quotes[q]
            if cue.start >= quote.outer.end {
                // “…” woven in, with the cue after it: the sentence paraphrases around the fragment.
                context.quotes[q].kind = .mixed
                continue
            }
            let from = context.token(atOrAfter: cue.end)
            let to = context.token(atOrAfter: quote.outer.start)
            let words = (from..<max(from, to)).filter { t.kinds[$0] != .punctuation }.count
            if words >= Self.paraphraseWords { context.quotes[q].kind = .mixed }
        }
    }
}
