/// Rows of a tab-separated lexicon file, with `#` comment lines and blank lines skipped.
public struct TSVTable: Sendable {
    /// The rows, each split on tabs.
    public let rows: [[Substring]]

    /// Parses TSV text.
    public init(parsing text: String) {
        var rows: [[Substring]] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed.isEmpty || trimmed.first == "#" { continue }
            rows.append(trimmed.split(separator: "\t", omittingEmptySubsequences: false))
        }
        self.rows = rows
    }

    /// Loads a bundled TSV resource.
    public static func resource(_ relativePath: String) throws -> TSVTable {
        TSVTable(parsing: try ResourceLocator.text(relativePath))
    }
}
