/// The clean article an extractor produces: headline, body paragraphs and metadata.
public struct Article: Sendable, Equatable {
    /// What a paragraph is in the page's structure.
    public enum ParagraphKind: String, Sendable, Codable {
        case body, heading, listItem = "list-item", blockquote, preformatted
    }

    /// One paragraph of the body, in reading order.
    public struct Paragraph: Sendable, Equatable {
        /// The paragraph text; `\n` marks a `<br>` line break inside it.
        public var text: String
        /// Its role in the page.
        public var kind: ParagraphKind
        public init(_ text: String, kind: ParagraphKind = .body) {
            self.text = text
            self.kind = kind
        }
    }

    /// The headline, when the input has one.
    public var title: String?
    /// Body paragraphs (the title is not among them).
    public var paragraphs: [Paragraph]
    /// Page metadata (authors, date, site, URL, language).
    public var metadata: ArticleMetadata
    /// Problems met while reading the input.
    public var warnings: [AnalysisWarning]
    /// For plain-text input, the text exactly as given (so report offsets index the input).
    public var verbatimText: String?

    public init(title: String? = nil, paragraphs: [Paragraph], metadata: ArticleMetadata = ArticleMetadata(),
                warnings: [AnalysisWarning] = [], verbatimText: String? = nil) {
        self.title = title
        self.paragraphs = paragraphs
        self.metadata = metadata
        self.warnings = warnings
        self.verbatimText = verbatimText
    }
}

/// Metadata about an article, from JSON-LD, OpenGraph, `<meta>`, `<time>` and bylines.
public struct ArticleMetadata: Sendable, Equatable, Codable {
    public var authors: [String] = []
    /// Publication date as found, normalised to ISO 8601 when it parses.
    public var date: String?
    public var siteName: String?
    public var url: String?
    public var language: String?
    public var description: String?

    public init(authors: [String] = [], date: String? = nil, siteName: String? = nil, url: String? = nil,
                language: String? = nil, description: String? = nil) {
        self.authors = authors
        self.date = date
        self.siteName = siteName
        self.url = url
        self.language = language
        self.description = description
    }

    enum CodingKeys: String, CodingKey {
        case authors, date, siteName = "site_name", url, language, description
    }
}
