/// Tells quoted spans that are speech from those that are not: nicknames (`goes by the name
/// “Shorty”`), words mentioned as words (`the word “collusion”`), titles of works and unsourced
/// scare quotes. The latter are not lost: the report lists them apart, with the reason.
struct QuoteFilter {
    /// Why a quoted span is not reported as a quote.
    enum Reason: String, Sendable {
        case naming = "name-or-term"
        case scareQuote = "scare-quote"
        case title = "title"
        case unsourced = "unsourced"
        case nested = "nested"
        case headline = "headline"
    }

    static let namingWords: Set<String> = ["called", "dubbed", "named", "nicknamed", "titled", "entitled", "name", "word", "words",
                                           "term", "phrase", "slogan", "label", "so-called", "known", "hashtag", "headline", "motto",
                                           "book", "film", "movie", "song", "anthem", "album", "documentary", "novel", "show",
                                           "series", "play", "poem", "column", "op-ed", "essay", "podcast", "program", "programme"]

    /// Nouns for works whose titles appear in quotation marks.
    static let workNouns: Set<String> = ["book", "film", "movie", "song", "anthem", "album", "documentary", "novel", "show", "series",
                                         "play", "poem", "column", "op-ed", "essay", "podcast", "program", "programme", "titled", "entitled"]

    /// `namingWords` and `workNouns` in byte-indexed tables, which answer a word's first question
    /// in a document (`AttributionContext.isNamingWord`, `isWorkNoun`) without hashing the
    /// string as a `Set` does (callgrind: about 400 instructions a question).
    static let namingWordTable = WordTable(namingWords)
    static let workNounTable = WordTable(workNouns)

    /// Whether the document has a quote at depth 0 in double marks: found once, when a
    /// single-marked subheading first asks (asking each time would scan every quote for each).
    private var hasTopLevelDoubleQuote: Bool?

    /// Nil when quote `q` of `context` (after attribution) is reported as a quote, else why not.
    /// One filter serves the quotes of one document (it remembers what it found in it).
    mutating func rejection(_ q: Int, _ context: AttributionContext) -> Reason? {
        // The quote's place read in place, its attribution through `context` where asked: no copy
        // of the quote (and of its attribution's strings) per quote.
        let quote = context.quotes[q].place
        if quote.depth > 0 { return .nested }
        // A headline or subheading quotes what the article body reports: listing it again would count it twice.
        if quote.paragraph < context.document.paragraphs.count, context.document.paragraphs[quote.paragraph].kind == .heading {
            return .headline
        }
        let document = context.document, t = context.t
        // Who attributed the quote (nil: no one), read once.
        let sieve = context.attributingSieve(of: q)
        let first = context.token(atOrAfter: quote.span.start)
        let last = context.token(atOrAfter: quote.span.end)
        // The tokens at the opening mark and after the closing one, as the sieves found them
        // (`site.open` is the token at `open.start` and `site.after` the one at `close.end` when
        // there are marks): each was an offset look-up, asked up to twice.
        let site = context.site(q)
        // (Every test below asks whether there are at most eight words: counting stops past that.)
        let words = Self.wordCount(first..<last, t, limit: 9)
        // Whether a quote of at most eight words is in Title Case (every test that asks is of
        // such a quote): found once, where up to three tests below each read the quote's tokens.
        let titleCase = words <= 8 && Self.isTitleCase(first..<last, t)
        // A work's title right after the noun that names it: the film “13th”, the book ''Make Your Kid a Millionaire''.
        if let open = quote.openMark, words <= 8 {
            var k = site.open - 1
            while k >= 0, t.kinds[k] == .punctuation, t.spans[k].end > open.start - 3 { k -= 1 }
            if k >= 0, context.isWorkNoun(k), titleCase || words <= 2 { return .title }
        }
        // A headline with its byline: “Museum hires a new director,” by the Herald's Jane Hill.
        if quote.closeMark != nil, !endsSentence(quote, document.bytes) {
            let after = site.after
            var name = after + 1
            if name + 1 < t.count, t.lowercased[name] == "the" { name += 1 }
            if name < t.count, t.lowercased[after] == "by", t.capitalized[name], !context.insideQuote[after] { return .title }
        }
        // A nickname inside a name: Rep. Robert C. "Bobby" Scott.
        if words <= 2, quote.openMark != nil, quote.closeMark != nil {
            let before = site.open - 1
            let after = site.after
            if before >= 0, after < t.count, t.capitalized[after],
               t.capitalized[before] || (t.isText(before, ".") && before > 0 && t.texts[before - 1].count == 1),
               (first..<last).allSatisfy({ t.kinds[$0] != .word || t.capitalized[$0] }) { return .naming }
        }
        // A section heading in marks: a paragraph that is only a short Title Case quote.
        if words <= 8, quote.paragraph < document.paragraphs.count {
            let paragraph = Segmenter.trim(document.paragraphs[quote.paragraph].span, document.bytes)
            if paragraph.start == quote.outer.start, paragraph.end - quote.outer.end <= 1, titleCase, sieve != "trailing-cue",
               sieve != "leading-cue" { return .title }
            // A subheading in single marks ('A fight to the finish.') where the quotes use double marks.
            if paragraph.start == quote.outer.start, paragraph.end - quote.outer.end <= 1, sieve != "trailing-cue",
               sieve != "leading-cue", family(of: quote, document.bytes) == .single,
               topLevelDoubleQuote(context) { return .headline }
        }
        // No speaker, a few Title Case words and no closing punctuation: a title or a name
        // (“Tales From the Crypt,” on cable; ''Broad City'' star), not speech (“No.” and “Lock her up!” stay).
        // (Partial quotes go on to the tests below.)
        guard quote.kind == .partial || quote.kind == .mixed else {
            guard sieve == nil, words <= 8, (first..<last).contains(where: { t.kinds[$0] == .word }), titleCase,
                  !endsSentence(quote, document.bytes) else { return nil }
            return .title
        }
        // A naming word just before the opening mark: "the name “Shorty”", "so-called “experts”".
        if let open = quote.openMark {
            var k = site.open - 1
            while k >= 0, t.kinds[k] == .punctuation, t.spans[k].end > open.start - 3 { k -= 1 }
            if k >= 0, context.isNamingWord(k) || (k > 0 && t.lowercased[k - 1] == "known" && t.lowercased[k] == "as"),
               words <= 5 { return .naming }
        }
        if sieve != nil { return nil }
        if words <= 3 { return .scareQuote }
        if titleCase { return .title }
        // Woven into the writer's sentence with no speech verb and no speaker anywhere near it.
        if quote.kind == .partial { return .unsourced }
        return nil
    }

    /// The number of tokens in `range` that are not punctuation, or `limit` when there are
    /// more: a long quote's tokens are not read past the limit (callgrind, the 168 PolNeAR
    /// dev+test texts: counting every token of every quote cost 277,000 instructions and 8,700
    /// data-cache misses, the quotes' tokens being read there for the first time).
    static func wordCount(_ range: Range<Int>, _ t: TokenFeatures, limit: Int) -> Int {
        var count = 0
        for k in range where t.kinds[k] != .punctuation {
            count += 1
            if count >= limit { break }
        }
        return count
    }

    /// Whether every word token in `range` is capitalised or at most three characters long
    /// (true when there is none).
    static func isTitleCase(_ range: Range<Int>, _ t: TokenFeatures) -> Bool {
        for k in range where t.kinds[k] == .word && !t.capitalized[k] && t.characterCount(k) > 3 { return false }
        return true
    }

    /// Whether `context`'s document has a quote at depth 0 in double marks (`hasTopLevelDoubleQuote`).
    private mutating func topLevelDoubleQuote(_ context: AttributionContext) -> Bool {
        if let hasTopLevelDoubleQuote { return hasTopLevelDoubleQuote }
        let bytes = context.document.bytes
        let found = context.quotes.contains { $0.depth == 0 && family(of: $0.place, bytes) == .double }
        hasTopLevelDoubleQuote = found
        return found
    }

    /// The family of the quote's opening mark (nil without one).
    func family(of quote: QuotePlace, _ bytes: [UInt8]) -> QuoteMark.Family? {
        quote.openMark.flatMap { QuoteMark.scan(bytes, in: $0).first?.family }
    }

    /// Whether the quoted words end with a full stop, question or exclamation mark (before any closing marks).
    func endsSentence(_ quote: QuotePlace, _ bytes: [UInt8]) -> Bool {
        var e = quote.span.end
        while e > quote.span.start, [0x20, 0x27, 0x22].contains(bytes[e - 1]) || (e >= 3 && bytes[e - 3] == 0xE2 && bytes[e - 2] == 0x80 && [0x99, 0x9D].contains(bytes[e - 1])) {
            e -= [0x20, 0x27, 0x22].contains(bytes[e - 1]) ? 1 : 3
        }
        return e > quote.span.start && [0x2E, 0x21, 0x3F].contains(bytes[e - 1])
    }
}
