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
            let n = bytes.count
            var lineStart = 0
            while lineStart < n {
                var lineEnd = lineStart
                while lineEnd < n, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                var end = lineEnd
                if end > lineStart, bytes[end - 1] == 0x0D { end -= 1 }
                if end > lineStart, bytes[lineStart] != 0x23 {
                    var fields: [(Int, Int)] = []
                    fields.reserveCapacity(4)
                    var fieldStart = lineStart
                    for k in lineStart..<end where bytes[k] == 0x09 {
                        fields.append((fieldStart, k))
                        fieldStart = k + 1
                    }
                    fields.append((fieldStart, end))
                    rowFields.append(fields)
                }
                lineStart = lineEnd + 1
            }
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
