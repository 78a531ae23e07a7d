/// Drops quoted spans that are not speech: nicknames (`goes by the name “Shorty”`), words
/// mentioned as words (`the word “collusion”`), titles of works and unsourced scare quotes.
struct QuoteFilter {
    static let namingWords: Set<String> = ["called", "dubbed", "named", "nicknamed", "titled", "entitled", "name", "word", "words",
                                           "term", "phrase", "slogan", "label", "so-called", "known", "hashtag", "headline", "motto"]

    /// Whether `quote` (after attribution) should be reported.
    func keeps(_ quote: Quote, _ document: Document, _ t: TokenFeatures) -> Bool {
        guard quote.kind == .partial || quote.kind == .mixed, quote.depth == 0 else { return quote.depth == 0 }
        let first = document.firstToken(atOrAfter: quote.span.start)
        let last = document.firstToken(atOrAfter: quote.span.end)
        let words = (first..<last).filter { t.kinds[$0] != .punctuation }.count
        // A naming word just before the opening mark: "the name “Shorty”", "so-called “experts”".
        if let open = quote.openMark {
            let before = document.firstToken(atOrAfter: open.start) - 1
            var k = before
            while k >= 0, t.kinds[k] == .punctuation, t.spans[k].end > open.start - 3 { k -= 1 }
            if k >= 0, Self.namingWords.contains(t.lowercased[k]) || (k > 0 && t.lowercased[k - 1] == "known" && t.lowercased[k] == "as"),
               words <= 5 { return false }
        }
        if quote.attribution != nil { return true }
        // Unattributed short fragments are scare quotes; a Title Case run is a work's title.
        if words <= 3 { return false }
        let titleCase = (first..<last).filter { t.kinds[$0] == .word }.allSatisfy { t.capitalized[$0] || t.texts[$0].count <= 3 }
        return !(titleCase && words <= 8)
    }
}
