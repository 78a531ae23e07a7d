/// Decodes HTML character references: all 2,231 HTML5 named references, decimal and hex
/// numeric references, and (with `passes > 1`) double encoding such as `&&num;8217&semi;`.
///
/// Works on UTF-8 bytes. Out-of-range and surrogate code points and `&#0;` become U+FFFD as the
/// HTML5 spec says; C1 controls (`&#150;`) map through Windows-1252; unknown names stay as text.
public struct EntityDecoder: Sendable {
    /// Name (with `;` where the spec has it) -> replacement UTF-8 bytes.
    let table: [String: [UInt8]]
    /// Names that are valid without a trailing semicolon (legacy), longest first when matched.
    let legacyMaxLength: Int
    /// The table's short names, for `repairReferences`.
    let names: NameIndex

    /// The decoder with the bundled HTML5 table, loaded once.
    public static let shared: EntityDecoder = {
        do { return try EntityDecoder(tableText: ResourceLocator.text("Entities/html5-entities.tsv")) }
        catch { return EntityDecoder(table: ["amp;": [0x26], "lt;": [0x3C], "gt;": [0x3E], "quot;": [0x22]]) }
    }()

    init(table: [String: [UInt8]]) {
        self.table = table
        self.legacyMaxLength = table.keys.filter { !$0.hasSuffix(";") }.map(\.utf8.count).max() ?? 0
        self.names = NameIndex(table.keys)
    }

    /// Builds a decoder from the bundled TSV format (`name<TAB>hex code points`).
    public init(tableText: String) throws {
        var table: [String: [UInt8]] = [:]
        for row in TSVTable(parsing: tableText).rows where row.count >= 2 {
            var bytes: [UInt8] = []
            for hex in row[1].split(separator: " ") {
                guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else { continue }
                bytes.append(contentsOf: Array(String(Character(scalar)).utf8))
            }
            table[String(row[0])] = bytes
        }
        guard table.count > 2000 else { throw HearsayError.resourceMissing(name: "Entities/html5-entities.tsv") }
        self.init(table: table)
    }

    /// Windows-1252 meanings of the C1 range, which HTML5 applies to numeric references.
    static let windows1252C1: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// Decodes `input`, repeating up to `passes` times while something changed (for double encoding).
    public func decode(_ input: String, passes: Int = 1) -> String {
        var text = input
        for _ in 0..<max(1, passes) {
            guard text.utf8.contains(0x26) else { break }
            let (decoded, changed) = decodeOnce(Array(text.utf8))
            if !changed { break }
            text = String(decoding: decoded, as: UTF8.self)
        }
        return text
    }

    /// Decodes one level of references in UTF-8 `bytes`; returns the result and whether anything changed.
    public func decodeOnce(_ bytes: [UInt8]) -> (bytes: [UInt8], changed: Bool) {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var changed = false
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b != 0x26 || i + 1 >= n { out.append(b); i += 1; continue }
            if bytes[i + 1] == 0x23 { // '#'
                if let (scalar, length) = numericReference(bytes, at: i) {
                    appendScalar(scalar, to: &out)
                    i += length
                    changed = true
                    continue
                }
                out.append(b); i += 1; continue
            }
            // Named reference: &[A-Za-z][A-Za-z0-9]*;?
            var j = i + 1
            while j < n, j - i <= 40, isAlnum(bytes[j]) { j += 1 }
            if j == i + 1 { out.append(b); i += 1; continue }
            if j < n, bytes[j] == 0x3B, let rep = table[String(decoding: bytes[(i + 1)...j], as: UTF8.self)] {
                out.append(contentsOf: rep); i = j + 1; changed = true; continue
            }
            // Legacy names without semicolon: longest prefix match.
            var matched = false
            var k = min(j, i + 1 + legacyMaxLength)
            while k > i + 1 {
                if let rep = table[String(decoding: bytes[(i + 1)..<k], as: UTF8.self)] {
                    out.append(contentsOf: rep); i = k; changed = true; matched = true
                    break
                }
                k -= 1
            }
            if !matched { out.append(b); i += 1 }
        }
        return (out, changed)
    }

    /// Parses `&#123;` / `&#x7B;` (semicolon optional) at `start`; returns the scalar and the length consumed.
    func numericReference(_ bytes: [UInt8], at start: Int) -> (Unicode.Scalar, Int)? {
        numericValue(bytes, at: start).map { (Self.scalar(forReference: $0.value), $0.length) }
    }

    /// Parses `&#123;` / `&#x7B;` (semicolon optional) at `start`; returns the number as written
    /// (saturating above 32 bits) and the length consumed, or nil when no digit follows.
    func numericValue(_ bytes: [UInt8], at start: Int) -> (value: UInt64, length: Int)? {
        let n = bytes.count
        var j = start + 2
        var hex = false
        if j < n, bytes[j] == 0x78 || bytes[j] == 0x58 { hex = true; j += 1 }
        let digitsStart = j
        var value: UInt64 = 0
        while j < n {
            let c = bytes[j]
            let digit: UInt64
            if c >= 0x30 && c <= 0x39 { digit = UInt64(c - 0x30) }
            else if hex && c >= 0x61 && c <= 0x66 { digit = UInt64(c - 0x61 + 10) }
            else if hex && c >= 0x41 && c <= 0x46 { digit = UInt64(c - 0x41 + 10) }
            else { break }
            if value < 0x1_0000_0000 { value = value * (hex ? 16 : 10) + digit }
            j += 1
        }
        if j == digitsStart { return nil }
        if j < n, bytes[j] == 0x3B { j += 1 }
        return (value, j - start)
    }

    /// The character a numeric reference stands for under the HTML5 rules.
    static func scalar(forReference value: UInt64) -> Unicode.Scalar {
        if value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF) { return "\u{FFFD}" }
        if value >= 0x80 && value <= 0x9F { return Unicode.Scalar(windows1252C1[Int(value - 0x80)]) ?? "\u{FFFD}" }
        return Unicode.Scalar(UInt32(value)) ?? "\u{FFFD}"
    }

    @inline(__always) func isAlnum(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
    }

    @inline(__always) func appendScalar(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        UTF8.encode(scalar) { out.append($0) }
    }
}
