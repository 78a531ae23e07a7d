/// The one place the stages are assembled: extraction -> segmentation -> quotes -> mentions
/// -> attribution. The CLI, the tests and the benchmarks all go through it.
public struct Pipeline: Sendable {
    public let configuration: Configuration
    let extractor: ArticleExtractor
    let lexicons: Lexicons
    let sieves: [any AttributionSieve]

    /// The standard pipeline for `configuration`.
    public static func standard(configuration: Configuration = Configuration()) -> Pipeline {
        Pipeline(configuration: configuration, extractor: ArticleExtractor(options: configuration.extraction),
                 lexicons: .shared, sieves: AttributionSieves.standard)
    }

    /// A worker for this pipeline. Workers are not thread-safe: make one per thread or task.
    public func makeAnalyzer() throws -> Analyzer { try Analyzer(pipeline: self) }

    /// Analyses raw bytes (any supported input) with a fresh analyzer.
    public func analyze(bytes: [UInt8], id: String) throws -> Analysis {
        try makeAnalyzer().analyze(bytes: bytes, id: id)
    }

    /// Analyses plain text; offsets index `text` exactly.
    public func analyze(text: String, id: String = "text") throws -> Analysis {
        try makeAnalyzer().analyze(article: ArticleExtractor().extract(text: text, kind: .plainText), id: id)
    }

    /// Analyses an HTML page or fragment.
    public func analyze(html: String, id: String = "html") throws -> Analysis {
        let kind = InputSniffer.kind(of: html)
        return try makeAnalyzer().analyze(article: extractor.extract(text: html, kind: kind == .plainText ? .html : kind), id: id)
    }
}

/// A pipeline worker: owns its ICU iterators and reuses them for every document.
public final class Analyzer {
    let pipeline: Pipeline
    let segmenter: Segmenter
    /// The pipeline's lexicons, boxed once for all the worker's documents (see `LexiconsBox`),
    /// and the mention recogniser that reads them.
    let lexicons: LexiconsBox
    let recognizer: EntityRecognizer
    /// The pipeline's sieves with their names and rounds, read out once for all the documents.
    let attributor: Attributor

    init(pipeline: Pipeline) throws {
        self.pipeline = pipeline
        self.segmenter = try Segmenter()
        self.lexicons = LexiconsBox(pipeline.lexicons)
        self.recognizer = EntityRecognizer(box: lexicons)
        self.attributor = Attributor(sieves: pipeline.sieves)
    }

    /// Analyses raw input bytes (HTML, encoded HTML, gzip, plain text; detected automatically).
    ///
    /// - Throws: only for unusable compressed data; other problems are warnings in the result.
    public func analyze(bytes: [UInt8], id: String) throws -> Analysis {
        try analyze(article: pipeline.extractor.extract(bytes: bytes, name: id), id: id)
    }

    /// Runs segmentation, quotes, mentions and attribution over an extracted article.
    public func analyze(article: Article, id: String) throws -> Analysis {
        let document = try segmenter.document(for: article)
        var warnings = article.warnings
        let (found, quoteWarnings) = QuoteFinder().find(in: document)
        warnings += quoteWarnings
        // The lookups share the thread's kept answers for the recogniser's tables from the start.
        let tokens = TokenFeatures(document, answersFor: lexicons.lexicons.tables)
        let (mentions, entities) = recognizer.recognize(document, tokens)
        let context = AttributionContext(document: document, tokens: tokens, lexicons: lexicons,
                                         mentions: mentions, entities: entities, quotes: found)
        attributor.attribute(context)
        QuoteKindRefiner().refine(context)
        var otherQuoted: [OtherQuoted] = []
        var filter = QuoteFilter()
        var kept = [Bool].filled(with: false, count: context.quotes.count)
        for q in context.quotes.indices {
            if let reason = filter.rejection(q, context) {
                if reason != .nested { otherQuoted.append(OtherQuoted(span: context.quotes[q].span, reason: reason.rawValue)) }
            } else {
                kept[q] = true
            }
        }
        // A mixed or partial quotation is reported within the indirect quote that contains it.
        let indirect = pipeline.configuration.includeIndirect ? IndirectSpeechFinder().find(context) : []
        var quotes = Self.takeQuotes(kept, from: context)
        if pipeline.configuration.includeIndirect {
            // A short fragment woven into a paraphrase ("said it was “a disaster”") is not the reported
            // content on its own: with indirect speech on, only longer mixed quotations stay.
            // Asked of every quote, so a cover of the indirect quotes' spans, not a scan of them.
            let indirectCover = SpanCover(indirect.lazy.map(\.span))
            quotes.removeAll { q in
                (q.kind == .mixed || q.kind == .partial) && indirectCover.contains(IndirectSpeechFinder.wordsPart(of: q.span, document.bytes))
                    || q.kind == .mixed && QuoteWords.words(document.string(q.span)).count < IndirectSpeechFinder.minimumMixedWords
            }
            quotes += indirect
            quotes.sort { $0.span < $1.span }
        }
        return Analysis(id: id, title: article.title, metadata: article.metadata, document: document, quotes: quotes,
                        mentions: mentions, entities: entities, otherQuoted: otherQuoted, warnings: warnings)
    }

    /// The quotes of `context` marked in `kept`, in order, moved out of it (its list is left
    /// empty, the context being done with them).
    ///
    /// Copied out one by one, each kept quote's attribution strings were retained, and released
    /// again with the context's list (callgrind: 1,708 copies on the 168 PolNeAR dev+test texts);
    /// `swapAt` copied too. Here the kept quotes are moved down in their own storage, the others
    /// destroyed, and the places left at the end filled with a quote that holds no reference
    /// before the list is cut to the kept ones.
    static func takeQuotes(_ kept: [Bool], from context: AttributionContext) -> [Quote] {
        precondition(kept.count == context.quotes.count, "one mark per quote")
        var quotes: [Quote] = []
        swap(&quotes, &context.quotes)
        var count = 0
        quotes.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            // Places `count..<q` hold no quote (moved down or destroyed).
            for q in 0..<buffer.count {
                if !kept[q] {
                    (base + q).deinitialize(count: 1)
                } else {
                    if q != count { (base + count).moveInitialize(from: base + q, count: 1) }
                    count += 1
                }
            }
            let empty = Quote(span: Span(0, 0), openMark: nil, closeMark: nil, kind: .direct, paragraph: 0, group: 0)
            (base + count).initialize(repeating: empty, count: buffer.count - count)
        }
        quotes.removeLast(quotes.count - count)
        return quotes
    }
}
