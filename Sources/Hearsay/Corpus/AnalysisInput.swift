import Foundation

/// One article to analyse, as the input enumeration found it.
public enum AnalysisInput: Sendable {
    /// A file to read (and, if needed, inflate) in the worker.
    case file(id: String, path: String)
    /// Raw bytes of any supported kind.
    case bytes(id: String, data: [UInt8])
    /// Plain text: report offsets index it exactly.
    case text(id: String, text: String)
    /// HTML page or fragment.
    case html(id: String, html: String)
    /// An input that could not even be read; it becomes an error record.
    case failure(id: String, message: String)
    /// An input with metadata its JSONL record gave (title, date, URL, site name…), which
    /// overrides what the text itself says.
    indirect case annotated(AnalysisInput, RecordMetadata)

    /// The id that the report carries.
    public var id: String {
        switch self {
        case let .file(id, _), let .bytes(id, _), let .text(id, _), let .html(id, _), let .failure(id, _): return id
        case let .annotated(input, _): return input.id
        }
    }

    /// The bytes the input holds in memory: its text or data (and a record's metadata is not
    /// counted); 0 for a file, which is read only when it is analysed, and for a failure.
    var heldBytes: Int {
        switch self {
        case .file, .failure: return 0
        case let .bytes(_, data): return data.count
        case let .text(_, text), let .html(_, text): return text.utf8.count
        case let .annotated(input, _): return input.heldBytes
        }
    }

    /// The size of the input in bytes, as far as it is known without reading it (a file's size
    /// on disk; 0 for a failure).
    public var byteCount: Int {
        switch self {
        case let .file(_, path): return ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int) ?? 0
        case let .annotated(input, _): return input.byteCount
        case .bytes, .text, .html, .failure: return heldBytes
        }
    }
}

/// Metadata a JSONL record gives beside its text: `title`, `date`, `url`, `site_name`,
/// `language` and `authors`.
public struct RecordMetadata: Sendable, Equatable {
    public var title: String?
    public var date: String?
    public var url: String?
    public var siteName: String?
    public var language: String?
    public var authors: [String]?

    public init(title: String? = nil, date: String? = nil, url: String? = nil, siteName: String? = nil, language: String? = nil,
                authors: [String]? = nil) {
        self.title = title
        self.date = date
        self.url = url
        self.siteName = siteName
        self.language = language
        self.authors = authors
    }

    /// The metadata of a record object, or nil when it has none.
    init?(record: [String: Any]) {
        func string(_ key: String) -> String? {
            guard let value = record[key] as? String, !value.isEmpty else { return nil }
            return value
        }
        self.init(title: string("title"), date: string("date"), url: string("url"), siteName: string("site_name"),
                  language: string("language"), authors: record["authors"] as? [String])
        if self == RecordMetadata() { return nil }
    }

    /// Overrides the article's own title and metadata with the record's.
    public func apply(to analysis: inout Analysis) { apply(title: &analysis.title, metadata: &analysis.metadata) }

    /// Overrides an extracted article's title and metadata with the record's.
    public func apply(to article: inout Article) { apply(title: &article.title, metadata: &article.metadata) }

    /// Sets each field the record carries, leaving the others as they are.
    func apply(title: inout String?, metadata: inout ArticleMetadata) {
        if let value = self.title { title = value }
        if let date { metadata.date = date }
        if let url { metadata.url = url }
        if let siteName { metadata.siteName = siteName }
        if let language { metadata.language = language }
        if let authors { metadata.authors = authors }
    }
}

/// The outcome for one input: a report, or an error record with a message.
public enum AnalysisOutcome: Sendable {
    case analysis(Analysis)
    case failure(id: String, message: String)

    public var id: String {
        switch self {
        case let .analysis(a): return a.id
        case let .failure(id, _): return id
        }
    }
}
