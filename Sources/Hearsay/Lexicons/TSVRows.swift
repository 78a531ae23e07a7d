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
            TSVScanner.scan(bytes, field: { range in
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
            }, endOfRow: {
                rowEnds.append(fields.count)
            })
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
