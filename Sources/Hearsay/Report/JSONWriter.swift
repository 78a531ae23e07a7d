/// A small, fast JSON writer that keeps keys in the order the report schema lists them.
///
/// Foundation's `JSONEncoder` is several times slower on Linux and does not keep key order; the
/// `Codable` conformance of `Report` is still there for reading reports back.
public struct JSONWriter {
    public internal(set) var bytes: [UInt8] = []
    let pretty: Bool
    var depth = 0
    /// Whether the innermost open object or array (or the top level) already has a member or
    /// element, so that the next one needs a comma.
    var needsComma = false
    /// `needsComma` of each enclosing object or array, innermost last.
    var enclosingNeedsComma: [Bool] = []

    public init(pretty: Bool = false) { self.pretty = pretty }

    mutating func raw(_ s: String) { bytes.append(contentsOf: s.utf8) }

    mutating func newline() {
        guard pretty else { return }
        bytes.append(0x0A)
        for _ in 0..<depth { bytes.append(0x20); bytes.append(0x20) }
    }

    mutating func separator() {
        if needsComma { bytes.append(0x2C) }
        needsComma = true
    }

    /// Writes a key given at run time, escaped as any JSON string.
    mutating func key(escaping k: String) {
        beginKey()
        string(k)
        endKey()
    }

    /// Starts an object member: the comma after the previous member and, pretty, its line.
    mutating func beginKey() {
        separator()
        newline()
    }

    /// Ends an object member's key: the colon, and the value that follows belongs to it.
    mutating func endKey() {
        bytes.append(0x3A)
        if pretty { bytes.append(0x20) }
        isValueForKey = true
    }

    var isValueForKey = false

    /// Starts a value: a member's value follows its key directly; an array element (or a
    /// top-level value) takes the comma and line of a new element.
    mutating func beginValue() {
        if isValueForKey { isValueForKey = false; return }
        separator()
        newline()
    }

    /// Opens a nested object or array with `bracket`.
    mutating func open(_ bracket: UInt8) {
        beginValue()
        bytes.append(bracket)
        depth += 1
        enclosingNeedsComma.append(needsComma)
        needsComma = false
    }

    /// Closes the innermost object or array with `bracket`, on its own line when pretty and not empty.
    mutating func close(_ bracket: UInt8) {
        depth -= 1
        let had = needsComma
        needsComma = enclosingNeedsComma.removeLast()
        if had { newline() }
        bytes.append(bracket)
    }

    public mutating func beginObject() { open(0x7B) }
    public mutating func endObject() { close(0x7D) }
    public mutating func beginArray() { open(0x5B) }
    public mutating func endArray() { close(0x5D) }

    public mutating func value(_ s: String?) {
        beginValue()
        if let s { string(s) } else { raw("null") }
    }
    public mutating func value(_ n: Int?) {
        beginValue()
        guard let n else { raw("null"); return }
        decimal(n)
    }

    /// Writes `n` in decimal, as `String(n)` spells it; non-negative numbers digit by digit
    /// into the bytes, without a string in between.
    mutating func decimal(_ n: Int) {
        guard n >= 0 else { raw(String(n)); return }
        if n < 10 { bytes.append(0x30 + UInt8(n)); return }
        // The digits, last first, into the end of a small stack buffer, then appended at once.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var start = buffer.count
            var value = n
            while value > 0 {
                start -= 1
                buffer[start] = 0x30 + UInt8(value % 10)
                value /= 10
            }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[start...]))
        }
    }
    public mutating func value(_ d: Double?) {
        beginValue()
        guard let d, d.isFinite else { raw("null"); return }
        raw(d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) + ".0" : String(d))
    }
    public mutating func value(_ b: Bool) { beginValue(); raw(b ? "true" : "false") }
    public mutating func null() { beginValue(); raw("null") }

    public mutating func field(_ k: String, _ s: String?) { key(escaping: k); value(s) }
    public mutating func field(_ k: String, _ n: Int?) { key(escaping: k); value(n) }
    public mutating func field(_ k: String, _ d: Double?) { key(escaping: k); value(d) }

    /// Writes a JSON string literal with the required escapes (control characters as \u00XX).
    ///
    /// Runs of bytes that need no escape are copied in one go.
    mutating func string(_ s: String) {
        bytes.append(0x22)
        var s = s
        s.withUTF8 { utf8 in
            var runStart = 0
            var i = 0
            while i < utf8.count {
                // Eight bytes at a time while none of them needs an escape.
                if i + 8 <= utf8.count, !Self.needsEscape(UnsafeRawPointer(utf8.baseAddress! + i).loadUnaligned(as: UInt64.self)) {
                    i += 8
                    continue
                }
                let b = utf8[i]
                guard b < 0x20 || b == 0x22 || b == 0x5C else { i += 1; continue }
                if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i])) }
                runStart = i + 1
                switch b {
                case 0x22: bytes.append(0x5C); bytes.append(0x22)
                case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
                case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
                case 0x0D: bytes.append(0x5C); bytes.append(0x72)
                case 0x09: bytes.append(0x5C); bytes.append(0x74)
                default:
                    bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, Self.hexDigits[Int(b >> 4)], Self.hexDigits[Int(b & 0xF)]])
                }
                i += 1
            }
            if runStart < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
        }
        bytes.append(0x22)
    }

    static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Whether any of the eight bytes packed in `word` is a control character, `"` or `\\`
    /// (the zero-byte tests of "Bit Twiddling Hacks", exact as yes-or-no answers).
    @inline(__always)
    static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        let control = (word &- ones &* 0x20) & ~word & highs != 0
        return control || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
    }
}

extension Report {
    /// The report as JSON bytes, keys in schema order; `pretty` indents it for people.
    public func json(pretty: Bool = false) -> [UInt8] {
        var w = JSONWriter(pretty: pretty)
        w.beginObject()
        w.member("schema_version", schemaVersion)
        w.member("id", id)
        w.member("title", title)
        w.member("text", text)
        w.member("offset_unit", offsetUnit)
        w.key("metadata"); w.beginObject()
        w.key("authors"); w.beginArray(); for a in metadata.authors { w.value(a) }; w.endArray()
        w.member("date", metadata.date)
        w.member("site_name", metadata.siteName)
        w.member("url", metadata.url)
        w.member("language", metadata.language)
        w.member("description", metadata.description)
        w.endObject()
        w.key("paragraphs"); w.beginArray()
        for p in paragraphs { w.beginObject(); w.member("start", p.start); w.member("end", p.end); w.member("kind", p.kind); w.endObject() }
        w.endArray()
        w.key("sentences"); w.beginArray()
        for s in sentences { w.beginObject(); w.member("start", s.start); w.member("end", s.end); w.endObject() }
        w.endArray()
        w.key("quotes"); w.beginArray()
        for q in quotes {
            w.beginObject()
            w.member("text", q.text); w.member("start", q.start); w.member("end", q.end); w.member("kind", q.kind)
            w.member("paragraph", q.paragraph)
            w.key("speaker")
            if let s = q.speaker {
                w.beginObject()
                w.member("name", s.name); w.member("mention", s.mention); w.member("mention_start", s.mentionStart); w.member("mention_end", s.mentionEnd)
                w.endObject()
            } else { w.null() }
            w.member("cue", q.cue); w.member("cue_start", q.cueStart); w.member("cue_end", q.cueEnd)
            w.member("sieve", q.sieve); w.member("confidence", q.confidence)
            w.endObject()
        }
        w.endArray()
        for (name, list): (StaticString, [EntityRecord]) in [("people", people), ("places", places), ("organizations", organizations)] {
            w.key(name); w.beginArray()
            for e in list {
                w.beginObject()
                w.member("name", e.name)
                if let c = e.canonical { w.member("canonical", c) }
                if let g = e.gender { w.member("gender", g) }
                if let roles = e.roles { w.key("roles"); w.beginArray(); for r in roles { w.value(r) }; w.endArray() }
                w.key("mentions"); w.beginArray()
                for m in e.mentions { w.beginObject(); w.member("text", m.text); w.member("start", m.start); w.member("end", m.end); w.endObject() }
                w.endArray()
                w.endObject()
            }
            w.endArray()
        }
        w.key("other_quoted"); w.beginArray()
        for o in otherQuoted {
            w.beginObject(); w.member("text", o.text); w.member("start", o.start); w.member("end", o.end); w.member("reason", o.reason); w.endObject()
        }
        w.endArray()
        w.key("warnings"); w.beginArray(); for warning in warnings { w.value(warning) }; w.endArray()
        w.endObject()
        return w.bytes
    }

    /// An error record for an input that could not be analysed at all.
    public static func errorJSON(id: String, message: String, pretty: Bool = false) -> [UInt8] {
        var w = JSONWriter(pretty: pretty)
        w.beginObject()
        w.member("schema_version", schemaVersion)
        w.member("id", id)
        w.member("error", message)
        w.endObject()
        return w.bytes
    }
}
