/// The byte-level reading shared by the TSV readers: the fields of each line, with `#` comment
/// lines and blank lines skipped and a carriage return before a line feed dropped.
enum TSVScanner {
    /// Calls `field` with the byte range of each field of a row, in order, then `endOfRow`.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, field: (Range<Int>) -> Void, endOfRow: () -> Void) {
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
                    field(fieldStart..<k)
                    fieldStart = k + 1
                }
                field(fieldStart..<end)
                endOfRow()
            }
            lineStart = lineEnd + 1
        }
    }
}
