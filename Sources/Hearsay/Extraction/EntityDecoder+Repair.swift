extension EntityDecoder {
    /// Markup whose character references were made safe for libxml2, and what was wrong.
    struct ReferenceRepair {
        /// The markup to parse.
        var bytes: [UInt8]
        /// How many references were invalid or unknown.
        var malformed: Int
        /// Up to three of them, as written.
        var examples: [String]
    }

    /// Rewrites the numeric references in raw markup that libxml2 would read differently from
    /// HTML5, so that the parser reads them as a browser does, and counts malformed references.
    ///
    /// libxml2 silently drops `&#0;`, surrogates (`&#xD800;`), values beyond U+10FFFF
    /// (`&#x110000;`), control characters and `&#;`, and reads `&#150;` as a C1 control. Here
    /// invalid values become `&#xFFFD;` (U+FFFD, as HTML5 says), C1 values their Windows-1252
    /// characters (`&#150;` is an en dash), and `&#` without digits stays literal text. Unknown
    /// named references with a semicolon (`&bogus;`) stay as text and are counted.
    ///
    /// Complexity: O(n); the markup is copied only when something is rewritten.
    func repairReferences(_ bytes: [UInt8]) -> ReferenceRepair {
        var out: [UInt8]?
        var copied = 0
        var malformed = 0
        var examples: [String] = []
        func note(_ range: Range<Int>) {
            malformed += 1
            // Pages with many unknown names are common: once three examples are kept, no string.
            guard examples.count < 3 else { return }
            let written = String(decoding: bytes[range].prefix(24), as: UTF8.self)
            if !examples.contains(written) { examples.append(written) }
        }
        func rewrite(_ range: Range<Int>, as replacement: String) {
            if out == nil { out = []; out!.reserveCapacity(bytes.count + 64) }
            out!.append(contentsOf: bytes[copied..<range.lowerBound])
            out!.append(contentsOf: replacement.utf8)
            copied = range.upperBound
        }
        let n = bytes.count
        var i = 0
        while i + 1 < n {
            guard bytes[i] == 0x26 else { i = ByteSearch.next(0x26, in: bytes, from: i, to: n - 1); continue }
            if bytes[i + 1] == 0x23 { // &#
                guard let (value, length) = numericValue(bytes, at: i) else {
                    note(i..<min(n, i + 3))
                    rewrite(i..<i + 1, as: "&amp;")
                    i += 2
                    continue
                }
                let range = i..<i + length
                if value >= 0x80 && value <= 0x9F {
                    rewrite(range, as: "&#x\(String(Self.windows1252C1[Int(value - 0x80)], radix: 16));")
                } else if !Self.isXMLCharacter(value) {
                    note(range)
                    rewrite(range, as: "&#xFFFD;")
                }
                i += length
                continue
            }
            // &name; with a name the HTML5 table does not know.
            var j = i + 1
            while j < n, j - i <= 40, isAlnum(bytes[j]) { j += 1 }
            if j > i + 1, j < n, bytes[j] == 0x3B, !knows(bytes, from: i + 1, to: j + 1) {
                note(i..<j + 1)
            }
            i = j
        }
        guard var result = out else { return ReferenceRepair(bytes: bytes, malformed: malformed, examples: examples) }
        result.append(contentsOf: bytes[copied...])
        return ReferenceRepair(bytes: result, malformed: malformed, examples: examples)
    }

    /// Whether the table holds the name in `bytes[from..<to]`, looked up in `names` when it is
    /// short enough.
    func knows(_ bytes: [UInt8], from: Int, to: Int) -> Bool {
        bytes.withUnsafeBufferPointer { names.contains($0, from: from, to: to) }
            ?? (table[String(decoding: bytes[from..<to], as: UTF8.self)] != nil)
    }

    /// Whether libxml2 accepts `value` as a character (XML's `Char` production).
    static func isXMLCharacter(_ value: UInt64) -> Bool {
        value == 0x9 || value == 0xA || value == 0xD || (value >= 0x20 && value <= 0xD7FF)
            || (value >= 0xE000 && value <= 0xFFFD) || (value >= 0x10000 && value <= 0x10FFFF)
    }
}
