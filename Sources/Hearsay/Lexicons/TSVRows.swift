/// The rows of a tab-separated lexicon file as strings kept in one flat array, with `#` comment
/// lines and blank lines skipped: the lexicon loaders' reader, which makes no array and no
/// substring per row (most fields are short enough to be stored inline in their `String`).
struct TSVRows: RandomAccessCollection {
    /// One row: its fields in order.
    struct Row {
        let fields: ArraySlice<String>
        /// Number of fields.
        var count: Int { fields.count }
        var isEmpty: Bool { fields.isEmpty }
        /// The field at `index` (0 is the first).
        subscript(index: Int) -> String { fields[fields.startIndex + index] }
    }

    /// Every field of every row, in order.
    private var fields: [String] = []
    /// The end of each row's fields in `fields`.
    private var rowEnds: [Int] = []

    /// Parses TSV text on its UTF-8 bytes; fields are split at tabs, so every field is valid UTF-8.
    init(parsing text: String) {
        var text = text
        text.withUTF8 { bytes in
            let n = bytes.count
            var lineStart = 0
            while lineStart < n {
                var lineEnd = lineStart
                while lineEnd < n, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                var end = lineEnd
                if end > lineStart, bytes[end - 1] == 0x0D { end -= 1 }
                if end > lineStart, bytes[lineStart] != 0x23 {
                    var fieldStart = lineStart
                    for k in lineStart..<end where bytes[k] == 0x09 {
                        fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<k]), as: UTF8.self))
                        fieldStart = k + 1
                    }
                    fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<end]), as: UTF8.self))
                    rowEnds.append(fields.count)
                }
                lineStart = lineEnd + 1
            }
        }
    }

    /// Loads a bundled TSV resource; a missing file gives no rows.
    static func resource(_ relativePath: String) -> TSVRows {
        (try? ResourceLocator.text(relativePath)).map { TSVRows(parsing: $0) } ?? TSVRows(parsing: "")
    }

    var startIndex: Int { 0 }
    var endIndex: Int { rowEnds.count }
    subscript(index: Int) -> Row {
        Row(fields: fields[(index == 0 ? 0 : rowEnds[index - 1])..<rowEnds[index]])
    }
}
