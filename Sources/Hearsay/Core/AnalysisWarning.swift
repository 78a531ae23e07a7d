/// A problem found in one article that did not stop its analysis.
///
/// Warnings are reported (as `"code: message"` strings in the JSON report) and the run goes on.
public struct AnalysisWarning: Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem it is.
    public enum Code: String, Sendable, CaseIterable {
        case emptyInput = "empty-input"
        case binaryInput = "binary-input"
        case invalidUTF8 = "invalid-utf8"
        case encodedMarkup = "encoded-markup"
        case noArticleBody = "no-article-body"
        case unclosedQuote = "unclosed-quote"
        case unopenedQuote = "unopened-quote"
        case truncated = "truncated"
        case charset = "charset"
        case malformedEntity = "malformed-entity"
        case nulBytes = "nul-bytes"
        case deepNesting = "deep-nesting"
    }

    /// The kind of problem.
    public var code: Code
    /// A human-readable explanation, with an offset or byte count where useful.
    public var message: String

    /// Creates a warning.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(code.rawValue): \(message)" }
}
