/// A destination for analysis outcomes, fed one outcome at a time in input order.
///
/// Writers for each output format live in their own files; `ReportWriters.make` picks one.
public protocol ReportWriter {
    /// Writes (or buffers) one outcome: a report, or an error record for a failed input.
    mutating func write(_ outcome: AnalysisOutcome) throws
    /// The work on an outcome that needs none of the writer's state (serialising it), to be run
    /// on the worker thread that produced the outcome before `write(prepared:)`.
    var preparer: OutcomePreparer { get }
    /// Writes an outcome `preparer` prepared.
    mutating func write(prepared: PreparedOutcome) throws
    /// Completes the output (closing brackets, committing files atomically).
    mutating func finish() throws
    /// The ids of articles an earlier run already wrote, which a resumed run skips.
    var completedIDs: Set<String> { get }
    /// Ends an interrupted run: keeps what was written where `--resume` finds it, never under the
    /// final name. Returns the paths kept.
    mutating func keepPartial() throws -> [String]
    /// Stops without completing the output: what was written stays in the temporary file, which
    /// is not committed. Returns that file's path, if any.
    mutating func abandon() -> String?
}

extension ReportWriter {
    /// Writers that serialise nothing ahead prepare nothing.
    public var preparer: OutcomePreparer { { PreparedOutcome($0) } }
    public mutating func write(prepared: PreparedOutcome) throws { try write(prepared.outcome) }
    public var completedIDs: Set<String> { [] }
    public mutating func keepPartial() throws -> [String] { [] }
    /// Writers without a temporary file have nothing to leave behind.
    public mutating func abandon() -> String? { nil }
}

/// The output formats of `hearsay analyze`.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// One JSON object for one article, an array for several.
    case json
    /// One JSON report per line.
    case jsonl
    /// A Markdown quote report per article, for people to read.
    case markdown
    /// One self-contained HTML page: quotes by speaker and highlighted in the article text.
    case html
    /// A folder of comma-separated spreadsheet files (RFC 4180).
    case csv
    /// A folder of tab-separated spreadsheet files.
    case tsv
    /// A SQLite database file.
    case sqlite

    /// Whether `--resume` can read back what this format wrote.
    public var isResumable: Bool { self == .jsonl || self == .csv || self == .tsv || self == .sqlite }
}

/// Options every writer understands.
public struct OutputOptions: Sendable {
    /// Indent JSON for people.
    public var pretty: Bool
    /// Start spreadsheet files with a UTF-8 byte order mark (for Excel).
    public var byteOrderMark: Bool
    /// Keep what an earlier run wrote and skip its articles.
    public var resume: Bool

    public init(pretty: Bool = true, byteOrderMark: Bool = false, resume: Bool = false) {
        self.pretty = pretty
        self.byteOrderMark = byteOrderMark
        self.resume = resume
    }
}

/// Builds the writer for a format.
public enum ReportWriters {
    /// A writer for `format` writing to `path` (a file, or a directory for spreadsheet formats;
    /// nil for standard output, which the spreadsheet and SQLite formats refuse).
    public static func make(_ format: OutputFormat, path: String?, options: OutputOptions) throws -> any ReportWriter {
        if options.resume {
            guard format.isResumable else { throw HearsayError.usage("--resume works with --format jsonl, csv, tsv or sqlite") }
            guard path != nil else { throw HearsayError.usage("--resume needs --output (the file or folder to resume)") }
        }
        switch format {
        case .json: return try JSONReportWriter(path: path, lines: false, pretty: options.pretty)
        case .markdown: return try MarkdownReportWriter(path: path)
        case .html: return try HTMLReportWriter(path: path)
        case .jsonl: return try JSONReportWriter(path: path, lines: true, pretty: false, resume: options.resume)
        case .csv, .tsv:
            guard let path else { throw HearsayError.usage("--format \(format.rawValue) writes a folder of files: give it with --output DIR") }
            return try SpreadsheetReportWriter(directory: path, dialect: format == .csv ? .csv : .tsv,
                                               byteOrderMark: options.byteOrderMark, resume: options.resume)
        case .sqlite:
            guard let path else { throw HearsayError.usage("--format sqlite writes a database file: give it with --output FILE or --sqlite FILE") }
            return try SQLiteReportWriter(path: path, resume: options.resume)
        }
    }
}
