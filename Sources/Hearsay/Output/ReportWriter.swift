/// A destination for analysis outcomes, fed one outcome at a time in input order.
///
/// Writers for each output format live in their own files; `ReportWriters.make` picks one.
public protocol ReportWriter {
    /// Writes (or buffers) one outcome: a report, or an error record for a failed input.
    mutating func write(_ outcome: AnalysisOutcome) throws
    /// Completes the output (closing brackets, committing files atomically).
    mutating func finish() throws
    /// Stops without completing the output (the run was interrupted): what was written stays
    /// in the temporary file, which is not committed. Returns that file's path, if any.
    mutating func abandon() -> String?
}

extension ReportWriter {
    /// Writers without a temporary file have nothing to leave behind.
    public mutating func abandon() -> String? { nil }
}

/// The output formats of `hearsay analyze`.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// One JSON object for one article, an array for several.
    case json
    /// One JSON report per line.
    case jsonl
}

/// Options every writer understands.
public struct OutputOptions: Sendable {
    /// Indent JSON for people.
    public var pretty: Bool
    public init(pretty: Bool = true) { self.pretty = pretty }
}

/// Builds the writer for a format.
public enum ReportWriters {
    /// A writer for `format` writing to `path` (a file, or a directory for multi-file formats;
    /// nil for standard output).
    public static func make(_ format: OutputFormat, path: String?, options: OutputOptions) throws -> any ReportWriter {
        switch format {
        case .json: return try JSONReportWriter(path: path, lines: false, pretty: options.pretty)
        case .jsonl: return try JSONReportWriter(path: path, lines: true, pretty: false)
        }
    }
}
