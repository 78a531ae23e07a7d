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
        let tokens = TokenFeatures(document)
        let (mentions, entities) = recognizer.recognize(document, tokens)
        let context = AttributionContext(document: document, tokens: tokens, lexicons: lexicons,
                                         mentions: mentions, entities: entities, quotes: found)
        attributor.attribute(context)
        QuoteKindRefiner().refine(context)
        // At most every quote found is kept or set aside: room for them all, made once.
        var quotes: [Quote] = []
        quotes.reserveCapacity(context.quotes.count)
        var otherQuoted: [OtherQuoted] = []
        var filter = QuoteFilter()
        for q in context.quotes.indices {
            if let reason = filter.rejection(q, context) {
                if reason != .nested { otherQuoted.append(OtherQuoted(span: context.quotes[q].span, reason: reason.rawValue)) }
            } else {
                quotes.append(context.quotes[q])
            }
        }
        if pipeline.configuration.includeIndirect {
            // A mixed or partial quotation is reported within the indirect quote that contains it.
            let indirect = IndirectSpeechFinder().find(context)
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
}
