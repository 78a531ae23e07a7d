import Foundation

/// `trimmingCharacters(in: .whitespacesAndNewlines)` with a fast path for strings whose ends
/// are ASCII.
///
/// Foundation's trimming costs tens of thousands of instructions on a headline. The ASCII
/// members of `whitespacesAndNewlines` are tab, line feed, vertical tab, form feed, carriage
/// return and space; when the first and last bytes that are none of those are ASCII, they end
/// the trimmed text, exactly as Foundation would find. Otherwise (a non-ASCII scalar at either
/// end, which may be white space such as U+00A0 or U+2028) Foundation does the work.
enum WhitespaceTrimming {
    /// `text` without white space and line breaks at either end.
    static func trimmed(_ text: String) -> String {
        var copy = text
        let cut: Range<Int>? = copy.withUTF8 { bytes in
            var start = 0, end = bytes.count
            while start < end && isASCIISpace(bytes[start]) { start += 1 }
            while end > start && isASCIISpace(bytes[end - 1]) { end -= 1 }
            if start == end { return 0..<0 }
            guard bytes[start] < 0x80, bytes[end - 1] < 0x80 else { return nil }
            return start..<end
        }
        guard let cut else { return text.trimmingCharacters(in: .whitespacesAndNewlines) }
        if cut.count == text.utf8.count { return text }
        let utf8 = text.utf8
        return String(utf8[utf8.index(utf8.startIndex, offsetBy: cut.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: cut.upperBound)])!
    }

    /// Tab, line feed, vertical tab, form feed, carriage return or space.
    @inline(__always) static func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
}
