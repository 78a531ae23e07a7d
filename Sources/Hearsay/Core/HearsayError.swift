/// Errors Hearsay throws: only input/output, configuration and usage problems.
///
/// Problems inside one article (an unclosed quote mark, invalid UTF-8, no article body) are not
/// errors: they become warnings in that article's report and the run goes on.
public enum HearsayError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A file or directory could not be read.
    case unreadable(path: String, reason: String)
    /// An input is larger than the configured cap.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// A compressed input is corrupt or inflates beyond the configured cap.
    case badCompressedData(path: String, reason: String)
    /// A JSONL line is not a usable record.
    case badRecord(source: String, line: Int, reason: String)
    /// A bundled resource (lexicon, entity table) is missing or malformed.
    case resourceMissing(name: String)
    /// The ICU break iterator could not be opened or bound to text.
    case icu(code: Int32, operation: String)
    /// An output file could not be written.
    case unwritable(path: String, reason: String)
    /// Bad command-line or configuration value.
    case usage(String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason): return "cannot read \(path): \(reason)"
        case let .tooLarge(path, bytes, limit): return "\(path) is \(bytes) bytes, over the limit of \(limit) bytes"
        case let .badCompressedData(path, reason): return "cannot inflate \(path): \(reason)"
        case let .badRecord(source, line, reason): return "\(source):\(line): \(reason)"
        case let .resourceMissing(name): return "bundled resource \(name) is missing or malformed"
        case let .icu(code, operation): return "ICU error \(code) in \(operation)"
        case let .unwritable(path, reason): return "cannot write \(path): \(reason)"
        case let .usage(message): return message
        }
    }
}
