import Foundation

/// Recognises site-furniture lines ("Subscribe to get the latest posts…", "- Advertisement -")
/// from the `boilerplate.tsv` lexicon.
public struct BoilerplateFilter: Sendable {
    var exact: Set<String> = []
    /// `exact` as a byte-keyed table: a `Set<String>` look-up hashed the whole line (a third of
    /// `isBoilerplate`'s time, for lines that are mostly far longer than any entry).
    var exactTable: WordTable<Void> = WordTable(Set<String>())
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
        exactTable = WordTable(exact)
    }

    /// Whether `line` is furniture.
    ///
    /// Lines longer than 300 bytes never are. The check lowercases and trims the line once and
    /// compares bytes, so it stays cheap enough to run on every block of a page.
    public func isBoilerplate(_ line: String) -> Bool {
        let key = Self.normalized(line)
        if key.isEmpty { return true }
        if key.count > 300 { return false }
        if key.withUnsafeBufferPointer({ exactTable[utf8: $0] != nil }) { return true }
        for prefix in prefixBytes where key.starts(with: prefix) { return true }
        for fragment in fragmentBytes where Self.contains(key, fragment) { return true }
        return false
    }

    /// The line's UTF-8 bytes, lowercased, with white space trimmed at both ends (a key longer
    /// than 300 bytes may be cut short after its 300th byte: such a line is never furniture).
    static func normalized(_ line: String) -> [UInt8] {
        if line.utf8.count > 1200 { return Array(repeating: 0x20, count: 301) }
        // Read on the UTF-8 bytes: white space (the scalars' `isWhitespace`) trimmed at both
        // ends, ASCII letters lowercased in place, other scalars by `lowercaseMapping`.
        var copy = line
        return copy.withUTF8 { bytes in
            var start = 0, end = bytes.count
            while start < end {
                let (scalar, width) = Self.scalar(in: bytes, at: start)
                guard Self.isWhitespace(scalar) else { break }
                start += width
            }
            while end > start {
                var last = end - 1
                while last > start && bytes[last] & 0xC0 == 0x80 { last -= 1 }
                guard Self.isWhitespace(Self.scalar(in: bytes, at: last).scalar) else { break }
                end = last
            }
            let trimmed = UnsafeBufferPointer(rebasing: bytes[start..<end])
            // Past 301 bytes only the length matters (such a key is never furniture).
            let head = UnsafeBufferPointer(rebasing: trimmed.prefix(301))
            if trimmed.allSatisfy({ $0 < 0x80 }) { return head.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 } }
            // Lowercased scalar by scalar (as the standard library maps them), stopping once the
            // key is past the 300 bytes beyond which only its length matters. A scalar's
            // lowercase mapping has at most three scalars (12 bytes), so the key never outgrows
            // 300 + 12 bytes; it is written in place rather than appended byte by byte.
            return [UInt8](unsafeUninitializedCapacity: 312) { key, written in
                var w = 0
                var i = 0
                while i < trimmed.count && w <= 300 {
                    let byte = trimmed[i]
                    if byte < 0x80 {
                        key[w] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                        w += 1
                        i += 1
                        continue
                    }
                    let (scalar, width) = Self.scalar(in: trimmed, at: i)
                    if Self.isCaseless(scalar) || !scalar.properties.changesWhenLowercased {
                        for k in 0..<width { key[w + k] = trimmed[i + k] }
                        w += width
                    } else {
                        for b in scalar.properties.lowercaseMapping.utf8 {
                            key[w] = b
                            w += 1
                        }
                    }
                    i += width
                }
                written = w
            }
        }
    }

    /// `scalar.properties.isWhitespace`, answered on ASCII without the property table.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D) : scalar.properties.isWhitespace
    }

    /// Whether `scalar` is in a range where every scalar lowercases to itself (checked by
    /// BoilerplateFilterTests): U+0080–U+00BF (no-break space, `«`, `©` …), U+2000–U+20FF
    /// (spaces, dashes, curly quotes, currency signs) and U+3000–U+9FFF (CJK). The scalars
    /// of news text outside ASCII are mostly these, and `lowercaseMapping` builds a string
    /// for each. Other scalars that `changesWhenLowercased` says keep their case (lowercase
    /// letters: é, ü, я …) are also their own mapping (checked over every scalar).
    @inline(__always)
    static func isCaseless(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0xC0 || (v >= 0x2000 && v < 0x2100) || (v >= 0x3000 && v < 0xA000)
    }

    /// The scalar whose valid UTF-8 starts at `bytes[i]`, and its length in bytes.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar, width: Int) {
        let lead = UInt32(bytes[i])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        @inline(__always) func tail(_ k: Int) -> UInt32 { UInt32(bytes[i + k]) & 0x3F }
        let value: UInt32, width: Int
        if lead < 0xE0 {
            (value, width) = ((lead & 0x1F) << 6 | tail(1), 2)
        } else if lead < 0xF0 {
            (value, width) = ((lead & 0x0F) << 12 | tail(1) << 6 | tail(2), 3)
        } else {
            (value, width) = ((lead & 0x07) << 18 | tail(1) << 12 | tail(2) << 6 | tail(3), 4)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
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
