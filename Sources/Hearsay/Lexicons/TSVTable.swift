/// Rows of a tab-separated lexicon file, with `#` comment lines and blank lines skipped.
public struct TSVTable: Sendable {
    /// The rows, each split on tabs.
    public let rows: [[Substring]]

    /// Parses TSV text, splitting on UTF-8 bytes (grapheme-by-grapheme splitting made loading
    /// the lexicons take most of a short run's time).
    public init(parsing text: String) {
        var text = text
        // Field boundaries as byte offsets, found in one pass over the contiguous UTF-8.
        var rowFields: [[(Int, Int)]] = []
        text.withUTF8 { bytes in
            var fields: [(Int, Int)] = []
            TSVScanner.scan(bytes, field: { range in
                fields.append((range.lowerBound, range.upperBound))
            }, endOfRow: {
                rowFields.append(fields)
                fields.removeAll(keepingCapacity: true)
            })
        }
        // Tabs, carriage returns and line feeds always end a character, so every offset is a
        // character boundary of `text`.
        let utf8 = text.utf8
        let origin = utf8.startIndex
        self.rows = rowFields.map { fields in
            fields.map { text[utf8.index(origin, offsetBy: $0.0)..<utf8.index(origin, offsetBy: $0.1)] }
        }
    }

    /// Loads a bundled TSV resource.
    public static func resource(_ relativePath: String) throws -> TSVTable {
        TSVTable(parsing: try ResourceLocator.text(relativePath))
    }
}
