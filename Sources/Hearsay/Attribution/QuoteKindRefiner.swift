/// After attribution, tells partial quotes that sit inside a paraphrase of someone's words
/// (`said it was “a disaster”`, `saying there is “very little doubt …”`) from those that follow
/// their introducing words directly (`called it “a disaster”`): the former are `mixed`.
struct QuoteKindRefiner {
    /// Words between the cue and the opening mark at or above which the quote is mixed.
    static let paraphraseWords = 1
    /// Words that only introduce the quoted words themselves (`described as “…”`).
    static let introducers: Set<String> = ["as"]

    func refine(_ context: AttributionContext) {
        let t = context.t
        for q in context.quotes.indices where context.quotes[q].kind == .partial {
            let quote = context.quotes[q]
            guard let cue = quote.attribution?.cue ?? nearestCueBefore(quote, context) else { continue }
            if cue.start >= quote.outer.end {
                // “…” woven in, with the cue after it: the sentence paraphrases around the fragment.
                context.quotes[q].kind = .mixed
                continue
            }
            let from = context.token(atOrAfter: cue.end)
            let to = context.token(atOrAfter: quote.outer.start)
            let between = (from..<max(from, to)).filter { t.kinds[$0] != .punctuation }
            let words = between.filter { !Self.introducers.contains(t.lowercased[$0]) }.count
            if words >= Self.paraphraseWords { context.quotes[q].kind = .mixed }
        }
    }

    /// For an unattributed quote: the last cue before it in its sentence (it still sits in reported speech).
    func nearestCueBefore(_ quote: Quote, _ context: AttributionContext) -> Span? {
        let range = context.sentenceTokens(at: quote.outer.start)
        let open = context.tokenAtOpen(quote)
        var c = open - 1
        while c >= range.lowerBound, !context.insideQuote[c] {
            if let cue = context.cueAt[c], cue.type != "manner" { return context.t.spans[c] }
            c -= 1
        }
        return nil
    }
}
