/// Turns raw input bytes into Unicode text: BOMs, UTF-16, declared legacy charsets and invalid
/// UTF-8 (replaced, with a warning).
public enum TextDecoder {
    /// The text and any warnings about how it was decoded.
    public struct Result: Sendable {
        public var text: String
        public var warnings: [AnalysisWarning]
    }

    /// Decodes `bytes`; `declaredCharset` (from HTML `<meta>`) is honoured for legacy single-byte sets.
    public static func decode(_ bytes: [UInt8], declaredCharset: String? = nil) -> Result {
        var warnings: [AnalysisWarning] = []
        if hasUTF8BOM(bytes) {
            return decodeUTF8(bytes[3...], warnings: warnings)
        }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return Result(text: decodeUTF16(bytes[2...], littleEndian: bytes[0] == 0xFF, warnings: &warnings), warnings: warnings)
        }
        let charset = (declaredCharset ?? "").lowercased()
        let isLegacy = ["windows-1252", "cp1252", "iso-8859-1", "latin1", "latin-1", "iso-8859-15", "us-ascii", "ascii"].contains(charset)
        if isLegacy, !isValidUTF8(bytes) {
            warnings.append(AnalysisWarning(.charset, "decoded as \(charset) as the page declares"))
            return Result(text: decodeWindows1252(bytes), warnings: warnings)
        }
        return decodeUTF8(bytes[...], warnings: warnings)
    }

    /// Whether the bytes are well-formed UTF-8.
    public static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { isValidUTF8($0) }
    }

    static func decodeUTF8(_ bytes: ArraySlice<UInt8>, warnings: [AnalysisWarning]) -> Result {
        var warnings = warnings
        // Validated through a buffer pointer, long ASCII runs a word at a time.
        if let valid = bytes.withUnsafeBufferPointer({ validatedString($0) }) {
            return Result(text: valid, warnings: warnings)
        }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        var invalid = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(s): scalars.append(s)
            case .emptyInput: break loop
            case .error: scalars.append("\u{FFFD}"); invalid += 1
            }
        }
        warnings.append(AnalysisWarning(.invalidUTF8, "\(invalid) invalid UTF-8 sequence(s) replaced with U+FFFD"))
        return Result(text: String(scalars), warnings: warnings)
    }

    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool, warnings: inout [AnalysisWarning]) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            index += 2
        }
        if bytes.count % 2 != 0 { warnings.append(AnalysisWarning(.invalidUTF8, "odd trailing byte in UTF-16 input dropped")) }
        var scalars = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var invalid = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(s): scalars.append(s)
            case .emptyInput: break loop
            case .error: scalars.append("\u{FFFD}"); invalid += 1
            }
        }
        if invalid > 0 { warnings.append(AnalysisWarning(.invalidUTF8, "\(invalid) invalid UTF-16 unit(s) replaced with U+FFFD")) }
        return String(scalars)
    }

    /// Windows-1252 (a superset of ISO-8859-1's printable range) to text.
    static func decodeWindows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            if b >= 0x80 && b <= 0x9F {
                scalars.append(Unicode.Scalar(EntityDecoder.windows1252C1[Int(b - 0x80)]) ?? "\u{FFFD}")
            } else {
                scalars.append(Unicode.Scalar(b))
            }
        }
        return String(scalars)
    }

    /// Whether the bytes look like binary data rather than text: in the first 8 KB, more than
    /// 5% control bytes other than tab, line breaks and form feed, or more than 10% NUL bytes.
    /// A page with a few stray NULs is still text (they become a `nul-bytes` warning).
    public static func looksBinary(_ bytes: [UInt8]) -> Bool {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) { return false }
        let count = min(bytes.count, 8192)
        guard count > 0 else { return false }
        let score = bytes.withUnsafeBufferPointer { controlScore(UnsafeBufferPointer(rebasing: $0[..<count])) }
        return score * 10 > count
    }

    /// 1 for every NUL byte of `bytes`, 2 for every other control byte but tab, line breaks and
    /// form feed.
    ///
    /// Words of eight bytes none of which is below 0x20 (most of a text) are passed over whole.
    static func controlScore(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        @inline(__always) func score(_ b: UInt8) -> Int {
            b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C ? (b == 0 ? 1 : 2) : 0
        }
        var total = 0
        var i = 0
        while i + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            // Non-zero when a byte is below 0x20 (and at times for one above 0x7F: read then).
            if (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 != 0 {
                for k in i..<i + 8 { total += score(base[k]) }
            }
            i += 8
        }
        for k in i..<bytes.count { total += score(base[k]) }
        return total
    }
}
