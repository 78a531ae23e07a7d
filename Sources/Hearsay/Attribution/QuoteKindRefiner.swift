/// After attribution, tells partial quotes that sit inside a paraphrase of someone's words
/// (`said it was “a disaster”`, `saying there is “very little doubt …”`) from those that follow
/// their introducing words directly (`called it “a disaster”`): the former are `mixed`.
struct QuoteKindRefiner {
    /// Words between the cue and the opening mark at or above which the quote is mixed.
    static let paraphraseWords = 1
    /// Words that only introduce the quoted words themselves (`described as “…”`): a list of
    /// one, compared rather than hashed (a set hashed each word between a cue and a quote).
    static let introducers: [String] = ["as"]

    func refine(_ context: AttributionContext) {
        let t = context.t
        // A "direct" quote the sentence goes on from (“…” to drive up the stock) is woven in too.
        for q in context.quotes.indices where context.quotes[q].kind == .direct && context.quotes[q].closeMark != nil {
            if continuesAfterClose(q, context) {
                context.quotes[q].kind = context.attributionCue(of: q) != nil ? .mixed : .partial
            }
        }
        for q in context.quotes.indices where context.quotes[q].kind == .partial {
            let quote = context.quotes[q].place
            guard let cue = context.attributionCue(of: q) ?? nearestCueBefore(q, context) else { continue }
            if cue.start >= quote.outer.end {
                // “…” woven in, with the cue after it: the sentence paraphrases around the fragment.
                context.quotes[q].kind = .mixed
                continue
            }
            // `Bush said “local forces” must lead the way`: the writer's sentence goes on from the fragment
            // (not `said “…” at a rally`, where the words after belong to the cue).
            if quote.closeMark != nil, continuesAfterClose(q, context),
               !Self.cueAdjuncts.contains(context.t.lowercased[context.site(q).after]) {
                context.quotes[q].kind = .mixed
                continue
            }
            let from = context.token(atOrAfter: cue.end)
            let to = context.token(atOrAfter: quote.outer.start)
            // The words between, not gathered into an array per quote: a range and its words' count.
            let between = from..<max(from, to)
            // `X said during a rally in Kenansville, N.C., "but …"`: a comma or colon right before the
            // opening mark sets the quote off; the words between are an aside, not a paraphrase.
            if to - 1 >= from, t.isText(to - 1, ",") || t.isText(to - 1, ":"), isAside(between, context) { continue }
            var words = 0
            for k in between where t.kinds[k] != .punctuation && !Self.introducers.contains(t.lowercased[k]) { words += 1 }
            if words >= Self.paraphraseWords { context.quotes[q].kind = .mixed }
        }
    }

    /// Whether the words between a cue and a quote set off by a comma are an aside (`said on
    /// Monday, “…”`) rather than the writer's own report of what was said (`said that if he won,
    /// “…”`, `told reporters that the bill, which passed last week, “…”`): a report opens with
    /// "that" or runs on for a clause of its own.
    /// `tokens` are those between the cue and the comma; their punctuation does not count.
    func isAside(_ tokens: Range<Int>, _ context: AttributionContext) -> Bool {
        let t = context.t
        var words = 0
        for k in tokens where t.kinds[k] != .punctuation {
            if t.lowercased[k] == "that" { return false }
            words += 1
        }
        return words < Self.longestAside
    }

    /// Words that, after a quote, usually go on with the cue's own circumstances ("said “…” at a rally").
    static let cueAdjuncts: Set<String> = ["at", "in", "on", "during", "before", "after", "when", "while"]

    /// Words between the cue and a comma before the quote from which they are a paraphrase, not an aside.
    static let longestAside = 9

    /// Whether the writer's sentence carries on after quote `q`'s closing mark with its own words
    /// (a lowercase word that is not a cue or the start of the attribution).
    func continuesAfterClose(_ q: Int, _ context: AttributionContext) -> Bool {
        let t = context.t
        let quote = context.quotes[q].place
        // A comma inside the marks hands over to the attribution (“…,” panel Chairman X said).
        if quote.span.end > quote.span.start, context.document.bytes[quote.span.end - 1] == 0x2C { return false }
        let k = context.site(q).after
        guard k < t.count, t.kinds[k] == .word, !t.capitalized[k], !context.insideQuote[k],
              context.sentenceIndex(at: t.spans[k].start) == context.sentenceIndex(at: quote.outer.end - 1) else { return false }
        if context.cueAt.hasCue(k) || context.pronoun(word: t.lowercased[k]) != nil { return false }
        // "the mayor said", "a spokesman for the ministry said": the attribution follows.
        for j in (k + 1)..<min(t.count, k + 6) where context.cueAt.hasCue(j) { return false }
        if ["and", "or", "but"].contains(t.lowercased[k]) { return false }
        return true
    }

    /// For unattributed quote `q`: the last cue before it in its sentence (it still sits in reported speech).
    func nearestCueBefore(_ q: Int, _ context: AttributionContext) -> Span? {
        let site = context.site(q)
        let range = site.openSentence, open = site.open
        var c = open - 1
        while c >= range.lowerBound, !context.insideQuote[c] {
            if let cue = context.cueAt[c], cue.type != "manner" { return context.t.spans[c] }
            c -= 1
        }
        return nil
    }
}
