/// Rows of a tab-separated lexicon file, with `#` comment lines and blank lines skipped.
public struct TSVTable: Sendable {
    /// The rows, each split on tabs.
    public let rows: [[Substring]]

    /// Parses TSV text: lines end in `\n` (a `\r` before it is dropped), fields are separated by
    /// tabs, and lines that are empty or start with `#` are skipped.
    ///
    ///     TSVTable(parsing: "# name\tkind\nMr\thonorific\r\n").rows   // [["Mr", "honorific"]]
    ///
    /// - Complexity: O(n) in the UTF-8 length of `text`; it scans bytes, never `Character`s
    ///   (the lexicons hold about 1.7 MB, parsed once per process).
    public init(parsing text: String) {
        var text = text
        text.makeContiguousUTF8()
        // Field boundaries as byte offsets first, then substrings of `text` at those offsets.
        var fields: [(start: Int, end: Int, endsRow: Bool)] = []
        text.withUTF8 { bytes in
            let n = bytes.count
            var lineStart = 0
            while lineStart < n {
                var lineEnd = lineStart
                while lineEnd < n, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                var contentEnd = lineEnd
                if contentEnd > lineStart, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
                if contentEnd > lineStart, bytes[lineStart] != 0x23 {
                    var fieldStart = lineStart
                    for i in lineStart..<contentEnd where bytes[i] == 0x09 {
                        fields.append((fieldStart, i, false))
                        fieldStart = i + 1
                    }
                    fields.append((fieldStart, contentEnd, true))
                }
                lineStart = lineEnd + 1
            }
        }
        var rows: [[Substring]] = []
        var row: [Substring] = []
        let utf8 = text.utf8
        for field in fields {
            let start = utf8.index(utf8.startIndex, offsetBy: field.start)
            let end = utf8.index(start, offsetBy: field.end - field.start)
            row.append(text[start..<end])
            if field.endsRow {
                rows.append(row)
                row = []
            }
        }
        self.rows = rows
    }

    /// Loads a bundled TSV resource.
    public static func resource(_ relativePath: String) throws -> TSVTable {
        TSVTable(parsing: try ResourceLocator.text(relativePath))
    }
}
