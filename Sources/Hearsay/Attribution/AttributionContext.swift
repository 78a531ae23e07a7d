/// Everything the attribution sieves look at for one document, indexed once.
final class AttributionContext {
    let document: Document
    let t: TokenFeatures
    /// The lexicons, behind the worker's box: one reference to retain per document, where a
    /// stored `Lexicons` retained (and released) each of its tables.
    let lexiconsBox: LexiconsBox
    /// The lexicons, read in place (a `_read` accessor yields them without copying).
    var lexicons: Lexicons { _read { yield lexiconsBox.lexicons } }
    /// The lexicons' byte-indexed tables (nil when the lexicons were changed by hand), which
    /// answer the rules' lookups (`AttributionContext+Lookups`).
    let tables: Lexicons.WordTables?
    let mentions: [Mention]
    let entities: [Entity]
    /// (Unchecked: the sieves read and the attributor writes the quotes one access at a time;
    /// a checked class `var` paid a dynamic exclusivity check at every read.)
    @exclusivity(unchecked) var quotes: [Quote]
    /// For each token, the index of the mention covering it (full span, title included), or -1.
    let mentionAt: TokenIndexMap
    /// For each token, whether it lies inside a quotation (marks included): a view of `quoteAt`.
    let insideQuote: TokenCover
    /// For each token, the index of the last top-level quote (in `quotes` order) whose marks
    /// enclose it, or -1: a constant-time answer where a scan of all quotes would make
    /// documents with thousands of quotes quadratic.
    let quoteAt: TokenIndexMap
    /// The indices of each quote group's quotes, in `quotes` order (a multi-paragraph quotation
    /// has several).
    let quoteGroups: QuoteGroups
    /// For each token, the cue verb it is, when it is one and stands outside quotes.
    let cueAt: CueTable
    /// Person entities by the last word of their name, and by each role they were introduced
    /// with, each built on first use (many documents resolve no speaker by name, or by role).
    private(set) lazy var peopleByLastName: [String: [Int]] = Self.peopleByLastName(entities)
    private(set) lazy var peopleByRole: [String: [Int]] = Self.peopleByRole(entities)
    /// Whether the quotes' paragraph indices never decrease (as the quote finder lists them), which
    /// lets `lastTopLevelQuote(before:inParagraph:)` stop early.
    let paragraphsAscend: Bool
    /// Each quote's tokens and sentences, found on first use (see `site(_:)`).
    let quoteSites: QuoteSites
    /// The speaker rules' word facts, per word id (see `words(_:)`).
    let speakerWords: SpeakerWordMemo
    /// The first token at or after each byte offset (see `token(atOrAfter:)`).
    private let tokenIndex: TokenOffsetIndex
    /// The sentence `sentenceIndex(at:)` found last, where the next question is tried first (the
    /// rules ask about the quotes in text order, most of them in the sentence of the last answer
    /// or the next one).
    @exclusivity(unchecked) private var sentenceHint = 0
    /// The tokens "according" outside quotes and followed by "to", ascending (found on first use:
    /// most documents have none, and most quotes are attributed before anyone asks).
    private(set) lazy var accordingToTokens: [Int] = Self.accordingToTokens(t, cover: quoteAt)

    /// The context of `document`, its tokens, mentions and entities and the quotes found in it.
    convenience init(document: Document, tokens: TokenFeatures, lexicons: Lexicons, mentions: [Mention], entities: [Entity],
                     quotes: [Quote]) {
        self.init(document: document, tokens: tokens, lexicons: LexiconsBox(lexicons), mentions: mentions, entities: entities,
                  quotes: quotes)
    }

    /// The same, with the lexicons a worker boxed once for all its documents.
    init(document: Document, tokens: TokenFeatures, lexicons: LexiconsBox, mentions: [Mention], entities: [Entity], quotes: [Quote]) {
        self.document = document
        self.t = tokens
        self.lexiconsBox = lexicons
        self.tables = lexicons.lexicons.tables
        self.mentions = mentions
        self.entities = entities
        self.quotes = quotes
        let n = tokens.count
        let spans = tokens.spans
        let tokenIndex = TokenOffsetIndex(document)
        self.tokenIndex = tokenIndex
        let mentionAt = TokenIndexMap(count: n) { assign in
            for m in mentions.indices {
                let full = mentions[m].fullSpan
                let first = tokenIndex.firstToken(atOrAfter: full.start, document.tokens)
                var end = first
                while end < n, spans[end].start < full.end { end += 1 }
                assign(m, first..<end)
            }
        }
        let quoteAt = TokenIndexMap(count: n) { assign in
            for index in quotes.indices where quotes[index].depth == 0 {
                // A quote's last token is found through the index, not by stepping over its tokens
                // (callgrind: the step, ten instructions a token, was a third of this function's own).
                let outer = quotes[index].outer
                let first = tokenIndex.firstToken(atOrAfter: outer.start, document.tokens)
                let end = max(first, tokenIndex.firstToken(atOrAfter: outer.end, document.tokens))
                assign(index, first..<end)
            }
        }
        self.mentionAt = mentionAt
        self.insideQuote = TokenCover(quoteAt)
        self.quoteAt = quoteAt
        self.cueAt = CueTable(tokens, cover: quoteAt, box: lexicons)
        self.quoteGroups = QuoteGroups(quotes)
        self.quoteSites = QuoteSites(count: quotes.count)
        // By index: the quotes' paragraphs are read in place, no quote is copied.
        self.paragraphsAscend = quotes.indices.dropFirst().allSatisfy { quotes[$0 - 1].paragraph <= quotes[$0].paragraph }
        self.speakerWords = SpeakerWordMemo(count: tokens.distinctCount)
        assert(zip(mentions, mentions.dropFirst()).allSatisfy { $0.span.start <= $1.span.start }, "mentions sorted by span")
    }

    /// Verbs that report speech with the particle after them ("put it", "shot back").
    static let phrasalCues = WordTable<Set<String>>(phrasalParticles)

    /// The particles of each verb of `phrasalCues`.
    static let phrasalParticles: [String: Set<String>] = [
        "put": ["it"], "puts": ["it"], "shot": ["back"], "fired": ["back"], "hit": ["back"], "struck": ["back"],
        "lashed": ["out"], "chimed": ["in"], "cut": ["in"], "went": ["on"], "spoke": ["up", "out"],
    ]

    /// The shapes of the verbs of `phrasalCues`, which rule out most words before a lookup.
    static let phrasalCueShapes = WordShapeFilter(keys: phrasalParticles.keys)

    /// Words after which a cue form is a noun ("an email", "her comments").
    static let nounMarkers: WordTable<Void> = ["a", "an", "the", "his", "her", "their", "its", "my", "our", "your", "this", "that",
                                           "these", "those", "no", "any", "every", "each", "some"]

    /// Indices of the top-level quotes that enclose any of `tokens`, ascending (found through
    /// `quoteAt`, so the cost is the range's length, not the number of quotes).
    func topLevelQuotes(covering tokens: Range<Int>) -> [Int] {
        // A range meets few quotes, each over a run of tokens: a short list beats a set. They
        // are met in ascending order but for nested quotes, and only then sorted (callgrind, the
        // 168 PolNeAR dev+test texts: the sort and its copy of the list cost a third of the 1,220
        // instructions a call, and a quarter of its 40 instruction-cache misses).
        var found: [Int] = []
        var ascending = true
        for k in tokens where quoteAt[k] >= 0 && found.last != quoteAt[k] && !found.contains(quoteAt[k]) {
            if let last = found.last, last > quoteAt[k] { ascending = false }
            found.append(quoteAt[k])
        }
        return ascending ? found : found.sorted()
    }

    /// The greatest index of a top-level quote enclosing any of `tokens` for which `test`
    /// holds, or nil: `topLevelQuotes(covering: tokens).last(where: test)`, without the list
    /// (the floating-quote rule asks it of the sentences before a quote: callgrind, the 168
    /// PolNeAR dev+test texts: making, searching and freeing the lists cost about 300,000
    /// instructions, the rule 1.16 M in all).
    func lastTopLevelQuote(covering tokens: Range<Int>, where test: (Int) -> Bool) -> Int? {
        var best = -1, previous = -1
        for k in tokens {
            let q = quoteAt[k]
            // (A quote's tokens come in a run: it is tested once for them all.)
            guard q > best, q != previous else { continue }
            previous = q
            if test(q) { best = q }
        }
        return best >= 0 ? best : nil
    }

    /// The last top-level quote before quote `q` that lies in paragraph `p`, or nil: a search back
    /// that stops at the first quote of an earlier paragraph when `paragraphsAscend` (so that a
    /// long document of quotes is not searched back to its start for each).
    func lastTopLevelQuote(before q: Int, inParagraph p: Int) -> Int? {
        let quotes = self.quotes
        var i = q - 1
        while i >= 0 {
            if quotes[i].paragraph == p && quotes[i].depth == 0 { return i }
            if paragraphsAscend && quotes[i].paragraph < p { return nil }
            i -= 1
        }
        return nil
    }

    /// The longest range `accordingTo(in:)` scans token by token; longer ones are answered from
    /// `accordingToTokens`.
    static let accordingScanLimit = 128

    /// The tokens "according" outside quotes and followed by "to" in `range`, ascending: a short
    /// range (a quote's sentence) is scanned, a long one answered by a binary search of
    /// `accordingToTokens`, so that a quote spanning much of a long document does not rescan it.
    func accordingTo(in range: Range<Int>) -> ArraySlice<Int> {
        if range.count <= Self.accordingScanLimit {
            var found: [Int] = []
            Self.scanAccordingTo(t, cover: quoteAt, range.clamped(to: 0..<t.count), into: &found)
            return found[...]
        }
        let tokens = accordingToTokens
        return tokens[tokens.partitionPoint { $0 < range.lowerBound }..<tokens.partitionPoint { $0 < range.upperBound }]
    }

    /// The tokens "according" followed by "to" outside the quotes `cover` holds (>= 0), ascending.
    static func accordingToTokens(_ t: TokenFeatures, cover: TokenIndexMap) -> [Int] {
        // No word of the document reads "according" in lowercase (most documents): no pass over the tokens.
        let distinct = t.lowercased.distinct
        guard (0..<distinct.count).contains(where: { distinct[$0].utf8.count == 9 && distinct[$0] == "according" }) else { return [] }
        var found: [Int] = []
        scanAccordingTo(t, cover: cover, 0..<t.count, into: &found)
        return found
    }

    /// Appends to `found` the tokens of `range` that read "according" (any case) outside the
    /// quotes `cover` holds and are followed by "to".
    static func scanAccordingTo(_ t: TokenFeatures, cover: TokenIndexMap, _ range: Range<Int>, into found: inout [Int]) {
        // Only a word opening with "a" or "A" lowercases to "according": other tokens are ruled
        // out by their first byte, without a string comparison.
        for k in range where k + 1 < t.count && t.firstByte(k) | 0x20 == 0x61 && cover[k] < 0
            && t.lowercased[k] == "according" && t.lowercased[k + 1] == "to" { found.append(k) }
    }

    /// First token at or after the byte offset.
    func token(atOrAfter offset: Int) -> Int {
        tokenIndex.firstToken(atOrAfter: offset, document.tokens)
    }

    /// Index of the sentence holding byte `offset`, or nil: `document.sentenceIndex(at:)`, whose
    /// binary search is skipped when the sentence of the last answer or the one after it holds
    /// `offset` (the sentences do not overlap: the one holding an offset is the search's answer).
    func sentenceIndex(at offset: Int) -> Int? {
        let sentences = document.sentences
        let h = sentenceHint
        if h < sentences.count {
            if offset >= sentences[h].start && offset < sentences[h].end { return h }
            if h + 1 < sentences.count && offset >= sentences[h + 1].start && offset < sentences[h + 1].end {
                sentenceHint = h + 1
                return h + 1
            }
        }
        guard let found = document.sentenceIndex(at: offset) else { return nil }
        sentenceHint = found
        return found
    }

    /// Token range of sentence `s`.
    func tokenRange(ofSentence s: Int) -> Range<Int> {
        let span = document.sentences[s]
        let a = token(atOrAfter: span.start)
        let b = token(atOrAfter: span.end)
        return a..<max(a, b)
    }
}

/// A phrase that may name a quote's speaker, before it is resolved to a canonical name.
struct SpeakerCandidate {
    enum Kind {
        /// A recognised person, place or organisation mention.
        case mention(Int)
        case pronoun(Pronoun)
        /// A description: "a spokesman", "the defence secretary".
        case nominal
        /// Capitalised words no lexicon knew, used as a name.
        case name
        /// The speaker of another quote (continuations): the index of that quote, attributed when
        /// proposed (an index, not its `Attribution`, keeps candidates plain values to copy).
        case inherited(Int)
    }
    var kind: Kind
    var span: Span

    /// The candidate that takes the speaker of quote `source` of `context`, or nil when that quote
    /// has no attribution.
    static func inherited(from source: Int, _ context: AttributionContext) -> SpeakerCandidate? {
        guard let mention = context.attributionMention(of: source) else { return nil }
        return SpeakerCandidate(kind: .inherited(source), span: mention)
    }
}
