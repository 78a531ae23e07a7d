/// Rows of a tab-separated lexicon file, with `#` comment lines and blank lines skipped.
public struct TSVTable: Sendable {
    /// The rows, each split on tabs.
    public let rows: [[Substring]]

    /// Parses TSV text, splitting on UTF-8 bytes (grapheme-by-grapheme splitting made loading
    /// the lexicons take most of a short run's time).
    public init(parsing text: String) {
        var rows: [[Substring]] = []
        for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: true) {
            var bytes = line
            if bytes.last == 0x0D { bytes = bytes.dropLast() }
            guard let first = bytes.first, first != 0x23 else { continue }
            rows.append(bytes.split(separator: 0x09, omittingEmptySubsequences: false).map { Substring($0) })
        }
        self.rows = rows
    }

    /// Loads a bundled TSV resource.
    public static func resource(_ relativePath: String) throws -> TSVTable {
        TSVTable(parsing: try ResourceLocator.text(relativePath))
    }
}
