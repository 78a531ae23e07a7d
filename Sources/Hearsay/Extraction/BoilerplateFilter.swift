import Foundation

/// Recognises site-furniture lines ("Subscribe to get the latest posts…", "- Advertisement -")
/// from the `boilerplate.tsv` lexicon.
public struct BoilerplateFilter: Sendable {
    var exact: Set<String> = []
    var prefixBytes: [[UInt8]] = []
    var fragmentBytes: [[UInt8]] = []

    /// The filter with the bundled lexicon, loaded once.
    public static let shared: BoilerplateFilter = {
        (try? BoilerplateFilter(table: TSVTable.resource("Lexicons/boilerplate.tsv"))) ?? BoilerplateFilter()
    }()

    init() {}

    /// Builds a filter from `match<TAB>text` rows.
    public init(table: TSVTable) {
        for row in table.rows where row.count >= 2 {
            let text = row[1].lowercased()
            switch row[0] {
            case "exact": exact.insert(text)
            case "prefix": prefixBytes.append(Array(text.utf8))
            default: fragmentBytes.append(Array(text.utf8))
            }
        }
    }

    /// Whether `line` is furniture.
    ///
    /// Lines longer than 300 bytes never are. The check lowercases and trims the line once and
    /// compares bytes, so it stays cheap enough to run on every block of a page.
    public func isBoilerplate(_ line: String) -> Bool {
        let key = Self.normalized(line)
        if key.isEmpty { return true }
        if key.count > 300 { return false }
        if exact.contains(String(decoding: key, as: UTF8.self)) { return true }
        for prefix in prefixBytes where key.starts(with: prefix) { return true }
        for fragment in fragmentBytes where Self.contains(key, fragment) { return true }
        return false
    }

    /// The line's UTF-8 bytes, lowercased, with white space trimmed at both ends (a key longer
    /// than 300 bytes may be cut short after its 300th byte: such a line is never furniture).
    static func normalized(_ line: String) -> [UInt8] {
        if line.utf8.count > 1200 { return Array(repeating: 0x20, count: 301) }
        // All ASCII (most lines): trim and lowercase the bytes directly; ASCII white space is
        // exactly tab, line feed, vertical tab, form feed, carriage return and space.
        var copy = line
        let ascii: [UInt8]? = copy.withUTF8 { bytes in
            for b in bytes where b >= 0x80 { return nil }
            var start = 0, end = bytes.count
            func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
            while start < end && isSpace(bytes[start]) { start += 1 }
            while end > start && isSpace(bytes[end - 1]) { end -= 1 }
            return bytes[start..<end].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        }
        if let ascii { return ascii }
        let scalars = line.unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end && scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start && scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
        let trimmed = line.unicodeScalars[start..<end]
        if line.utf8.count > 1200 { return Array(repeating: 0x20, count: 301) }
        if trimmed.allSatisfy(\.isASCII) {
            return trimmed.map { scalar in
                let byte = UInt8(scalar.value)
                return byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
        }
        // `lowercased()` scalar by scalar (as the standard library maps them), stopping once the
        // key is past the 300 bytes beyond which only its length matters.
        var key: [UInt8] = []
        for scalar in trimmed {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                key.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            } else {
                key.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            }
            if key.count > 300 { break }
        }
        return key
    }

    /// The first index where `needle` occurs in `haystack`, or nil.
    static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty ? 0 : nil }
        for i in 0...(haystack.count - needle.count) where haystack[i] == first && haystack[i..<(i + needle.count)].elementsEqual(needle) {
            return i
        }
        return nil
    }

    /// Whether `needle` occurs in `haystack`.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first && haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
