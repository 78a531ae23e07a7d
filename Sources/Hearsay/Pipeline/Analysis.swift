/// Everything Hearsay found in one article, with offsets into `document.text`.
public struct Analysis: Sendable {
    /// The record id (or the file path) the input came with.
    public var id: String
    public var title: String?
    public var metadata: ArticleMetadata
    /// The clean text and its segmentation.
    public var document: Document
    /// Reported quotes in text order (nested quotes and non-speech quoted spans are left out).
    public var quotes: [Quote]
    public var mentions: [Mention]
    public var entities: [Entity]
    /// Quoted spans that are not reported speech (scare quotes, titles, names, terms), with why.
    public var otherQuoted: [OtherQuoted]
    public var warnings: [AnalysisWarning]

    /// The people mentioned, in order of first mention.
    public var people: [Entity] { entities.filter { $0.kind == .person } }
    /// The places mentioned, in order of first mention.
    public var places: [Entity] { entities.filter { $0.kind == .place } }
    /// The organisations mentioned, in order of first mention.
    public var organizations: [Entity] { entities.filter { $0.kind == .organization } }

    /// The quoted words of `quote`.
    public func text(of quote: Quote) -> String { document.string(quote.span) }
}

/// A span in quotation marks that is not reported speech: a scare quote, a title, a nickname or
/// a term, or an unsourced woven phrase.
public struct OtherQuoted: Sendable, Equatable {
    /// The words inside the marks.
    public var span: Span
    /// `scare-quote`, `title`, `name-or-term` or `unsourced`.
    public var reason: String
}
