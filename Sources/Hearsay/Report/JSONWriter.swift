/// A small, fast JSON writer that keeps keys in the order the report schema lists them.
///
/// Foundation's `JSONEncoder` is several times slower on Linux and does not keep key order; the
/// `Codable` conformance of `Report` is still there for reading reports back.
///
/// Noncopyable: it writes into a `ByteBuffer` that it owns; `bytes` copies the result out.
public struct JSONWriter: ~Copyable {
    var out: ByteBuffer
    let pretty: Bool
    var depth = 0
    /// Whether the innermost open object or array (or the top level) already has a member or
    /// element, so that the next one needs a comma.
    var needsComma = false
    /// `needsComma` of each enclosing object or array, innermost in the lowest bit: a stack of
    /// bits for the first 64 levels, `deepNeedsComma` for any beyond.
    var enclosingNeedsComma: UInt64 = 0
    var deepNeedsComma: [Bool] = []

    /// A writer; `capacity` is a guess at the output's length (it grows past it as needed).
    public init(pretty: Bool = false, capacity: Int = 256) {
        self.pretty = pretty
        self.out = ByteBuffer(capacity: capacity)
    }

    /// A writer into `out`.
    init(pretty: Bool, out: consuming ByteBuffer) {
        self.pretty = pretty
        self.out = out
    }

    /// The JSON that `body` writes, in an array: written straight into the array's storage
    /// (room for `capacity` bytes, a guess), and copied out only if it outgrows that room.
    static func json(pretty: Bool, capacity: Int, _ body: (inout JSONWriter) -> Void) -> [UInt8] {
        var grown: [UInt8]?
        let direct = [UInt8](unsafeUninitializedCapacity: max(capacity, 16)) { room, initialized in
            var w = JSONWriter(pretty: pretty, out: ByteBuffer(lending: room))
            body(&w)
            if w.out.isLent { initialized = w.out.count } else { grown = w.bytes; initialized = 0 }
        }
        return grown ?? direct
    }

    /// The JSON written so far.
    public var bytes: [UInt8] { out.array }

    mutating func raw(_ s: StaticString) { out.append(s) }

    @inline(__always)
    mutating func newline() {
        if pretty { indentedNewline() }
    }

    /// The line break and indentation of pretty output.
    mutating func indentedNewline() {
        out.append(0x0A)
        for _ in 0..<depth { out.append(0x20, 0x20) }
    }

    @inline(__always)
    mutating func separator() {
        if needsComma { out.append(0x2C) }
        needsComma = true
    }

    /// Writes a key given at run time, escaped as any JSON string.
    mutating func key(escaping k: String) {
        beginKey()
        string(k)
        endKey()
    }

    /// Starts an object member: the comma after the previous member and, pretty, its line.
    @inline(__always)
    mutating func beginKey() {
        separator()
        newline()
    }

    /// Ends an object member's key: the colon, and the value that follows belongs to it.
    @inline(__always)
    mutating func endKey() {
        if pretty { out.append(0x3A, 0x20) } else { out.append(0x3A) }
        isValueForKey = true
    }

    var isValueForKey = false

    /// Starts a value: a member's value follows its key directly; an array element (or a
    /// top-level value) takes the comma and line of a new element.
    @inline(__always)
    mutating func beginValue() {
        if isValueForKey { isValueForKey = false; return }
        separator()
        newline()
    }

    /// Opens a nested object or array with `bracket`.
    @inline(__always)
    mutating func open(_ bracket: UInt8) {
        beginValue()
        out.append(bracket)
        if depth >= 64 { pushDeepNeedsComma() }
        enclosingNeedsComma = enclosingNeedsComma << 1 | (needsComma ? 1 : 0)
        depth += 1
        needsComma = false
    }

    /// Closes the innermost object or array with `bracket`, on its own line when pretty and not empty.
    @inline(__always)
    mutating func close(_ bracket: UInt8) {
        depth -= 1
        let had = needsComma
        needsComma = enclosingNeedsComma & 1 != 0
        enclosingNeedsComma >>= 1
        if depth >= 64 { popDeepNeedsComma() }
        if had { newline() }
        out.append(bracket)
    }

    /// Keeps the bit about to leave `enclosingNeedsComma` (past 64 levels).
    @inline(never)
    mutating func pushDeepNeedsComma() { deepNeedsComma.append(enclosingNeedsComma >> 63 != 0) }

    /// Puts back the bit `pushDeepNeedsComma` kept.
    @inline(never)
    mutating func popDeepNeedsComma() { enclosingNeedsComma |= (deepNeedsComma.removeLast() ? 1 : 0) << 63 }

    @inline(__always)
    public mutating func beginObject() { open(0x7B) }
    @inline(__always)
    public mutating func endObject() { close(0x7D) }
    @inline(__always)
    public mutating func beginArray() { open(0x5B) }
    @inline(__always)
    public mutating func endArray() { close(0x5D) }

    public mutating func value(_ s: String?) {
        beginValue()
        if let s { string(s) } else { raw("null") }
    }
    /// Writes a member whose value is `utf8` (valid UTF-8) as a JSON string.
    @inline(__always)
    mutating func member(_ k: StaticString, utf8: UnsafeBufferPointer<UInt8>) {
        guard !pretty else { key(k); value(utf8: utf8); return }
        compactKey(k, then: 0x22)
        escaped(utf8)
        out.append(0x22)
    }

    /// Writes `utf8` (valid UTF-8) as a JSON string.
    mutating func value(utf8: UnsafeBufferPointer<UInt8>) {
        beginValue()
        out.append(0x22)
        escaped(utf8)
        out.append(0x22)
    }
    @inline(__always)
    public mutating func value(_ n: Int?) {
        beginValue()
        guard let n else { raw("null"); return }
        decimal(n)
    }

    /// Writes `n` in decimal, as `String(n)` spells it.
    @inline(__always)
    mutating func decimal(_ n: Int) { out.appendDecimal(n) }

    public mutating func value(_ d: Double?) {
        beginValue()
        guard let d, d.isFinite else { raw("null"); return }
        if d == d.rounded() && abs(d) < 1e15 {
            decimal(Int(d)); out.append(0x2E, 0x30)
        } else if !decimalThousandths(d) {
            out.append(String(d))
        }
    }

    /// Writes `d` as `String(d)` spells it when it is a whole number of thousandths from 0.001
    /// to 1,000,000 but not a whole number (a confidence such as 0.85), without formatting a
    /// `String`; returns false, writing nothing, for any other number.
    mutating func decimalThousandths(_ d: Double) -> Bool {
        guard let thousandths = Self.thousandths(d) else { return false }
        out.write(upTo: 24) { Self.put(thousandths: thousandths, at: $0) }
        return true
    }

    /// `d` counted in thousandths, when it is a whole number of them from 0.001 to 1,000,000
    /// but not a whole number; nil otherwise.
    ///
    /// `k / 1000` is the double nearest the decimal with those digits, and two such decimals
    /// are too far apart to share a double, so those digits (trailing zeros dropped) are the
    /// shortest that read back as `d`: what `String(d)` prints in this range. The thousandths
    /// are rounded by truncating `d * 1000 + 0.5` (`rounded()` is a call into libm): the two
    /// differ only halfway between thousandths, where neither reads back as `d`.
    @inline(__always)
    static func thousandths(_ d: Double) -> Int? {
        guard d >= 0.001, d < 1_000_000 else { return nil }
        let thousandths = Int(d * 1000 + 0.5)
        guard Double(thousandths) / 1000 == d, thousandths % 1000 != 0 else { return nil }
        return thousandths
    }

    /// Writes `thousandths` (not a multiple of 1000, below 10^9) as a decimal number with its
    /// fraction's trailing zeros dropped ("0.85" for 850) at `at`; returns the end.
    @inline(__always)
    static func put(thousandths: Int, at: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        var at = ByteBuffer.writeDecimal(thousandths / 1000, at: at)
        var fraction = thousandths % 1000
        var digits = 3
        while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        at.pointee = 0x2E
        at += 1
        var divisor = digits == 3 ? 100 : digits == 2 ? 10 : 1
        while divisor > 0 {
            at.pointee = 0x30 &+ UInt8(truncatingIfNeeded: fraction / divisor % 10)
            at += 1
            divisor /= 10
        }
        return at
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
        out.append(0x22)
        stringBody(s)
        out.append(0x22)
    }

    /// Writes `s` escaped, without the quotes around it.
    @inline(__always)
    mutating func stringBody(_ s: String) {
        // A native string lends its bytes as they are; only a bridged one is copied first.
        if s.utf8.withContiguousStorageIfAvailable({ escaped($0) }) == nil {
            var s = s
            s.withUTF8 { escaped($0) }
        }
    }

    /// Writes `utf8` escaped, without the quotes around it.
    ///
    /// Sixteen bytes or fewer with nothing to escape (a name, a mention, a quote's kind) are
    /// copied in line (`copiedShort`): the call to `escapedRuns` cost more than their copy
    /// (callgrind: 121 instructions a mention on the 168 PolNeAR dev+test texts).
    @inline(__always)
    mutating func escaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard let base = utf8.baseAddress else { return }
        if utf8.count <= 16, copiedShort(base, count: utf8.count) { return }
        escapedRuns(utf8)
    }

    /// Copies the `count` bytes (at most 16) at `base` when none needs an escape, and returns
    /// true; writes nothing and returns false when one does (`copyShort`).
    @inline(__always)
    mutating func copiedShort(_ base: UnsafePointer<UInt8>, count: Int) -> Bool {
        var clean = false
        out.write(upTo: 16) { to in
            clean = Self.copyShort(UnsafeRawPointer(base), count: count, to: UnsafeMutableRawPointer(to)) == 0
            return clean ? to + count : to
        }
        return clean
    }

    /// Copies the `count` bytes (at most 16) at `source` to `target`, which has room for 16,
    /// and returns their `escapeMask`: zero when none needs an escape. Reads only those
    /// bytes: one word (`partialWord`) below eight, else two that may overlap.
    @inline(__always)
    static func copyShort(_ source: UnsafeRawPointer, count: Int, to target: UnsafeMutableRawPointer) -> UInt64 {
        if count >= 8 {
            let first = source.loadUnaligned(as: UInt64.self)
            let last = source.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
            target.storeBytes(of: first, as: UInt64.self)
            target.storeBytes(of: last, toByteOffset: count &- 8, as: UInt64.self)
            return escapeMask(first) | escapeMask(last)
        }
        guard count > 0 else { return 0 }
        let word = partialWord(source, count)
        target.storeBytes(of: word, as: UInt64.self)
        return escapeMask(word)
    }

    /// `escaped` for any length: runs of bytes that need no escape are copied by `copyRun`;
    /// the escapes between them are written in the same write while the room kept for them
    /// (`escapeRoom`) lasts, so that a text's line breaks and straight quotes do not each cost
    /// a new write (callgrind counted some 30,000 of them on 168 articles, most in the texts
    /// themselves).
    mutating func escapedRuns(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard let base = utf8.baseAddress else { return }
        let count = utf8.count
        var from = 0
        while true {
            // Copies from `from` up to a byte to escape that finds no room left (`stop`) or the end.
            var stop = count
            out.write(upTo: count - from + 16 + Self.escapeRoom) { start in
                var to = start, runStart = from, room = Self.escapeRoom
                while true {
                    let run = Self.copyRun(base, count: count, from: runStart, to: to)
                    to = run.to
                    guard run.stop < count else { return to }
                    let b = base[run.stop]
                    let length = Self.escapeLength(b)
                    guard length &- 1 <= room else { stop = run.stop; return to }
                    to = Self.putEscape(b, at: to)
                    room &-= length &- 1
                    runStart = run.stop &+ 1
                }
            }
            guard stop < count else { return }
            escape(base[stop])
            from = stop + 1
        }
    }

    /// Bytes that `escaped` keeps, beyond the string's own, for the escapes it writes in one
    /// write: an escape takes one to five bytes more than the byte it stands for.
    static let escapeRoom = 40

    /// Copies the bytes of `base` from `from` up to the first byte to escape, or to `count`,
    /// to `to` (which has room for them and 16 bytes more); returns where it stopped in both.
    ///
    /// Thirty-two or sixteen bytes are tested and stored at a time; a vector with a byte to
    /// escape gives that byte's place directly (`escapeMask`), so the bytes around it are not
    /// tested again one by one. A run shorter than eight bytes (a name, a mention) is read into one padded word
    /// (`partialWord`), not byte by byte.
    @inline(__always)
    static func copyRun(_ base: UnsafePointer<UInt8>, count: Int, from: Int,
                        to start: UnsafeMutablePointer<UInt8>) -> (stop: Int, to: UnsafeMutablePointer<UInt8>) {
        var j = from, to = start
        @inline(__always) func word(_ at: Int) -> UInt64 { UnsafeRawPointer(base + at).loadUnaligned(as: UInt64.self) }
        @inline(__always) func put(_ w: UInt64, _ at: UnsafeMutablePointer<UInt8>) {
            UnsafeMutableRawPointer(at).storeBytes(of: w, as: UInt64.self)
        }
        @inline(__always) func vector(_ at: Int) -> SIMD16<UInt8> {
            UnsafeRawPointer(base + at).loadUnaligned(as: SIMD16<UInt8>.self)
        }
        @inline(__always) func put(_ v: SIMD16<UInt8>, _ at: UnsafeMutablePointer<UInt8>) {
            UnsafeMutableRawPointer(at).storeBytes(of: v, as: SIMD16<UInt8>.self)
        }
        /// The place of the first marked byte of `mask`, 16 bytes read as two words (nonzero).
        @inline(__always) func first(_ mask: SIMD2<UInt64>) -> Int {
            mask[0] != 0 ? mask[0].trailingZeroBitCount &>> 3 : 8 &+ mask[1].trailingZeroBitCount &>> 3
        }
        // Thirty-two bytes a step, tested together (the runs between escapes in an article's text
        // are some 90 bytes long), then sixteen.
        while j &+ 32 <= count {
            let v0 = vector(j), v1 = vector(j &+ 16)
            put(v0, to); put(v1, to + 16)
            let m0 = escapeMask(v0), m1 = escapeMask(v1)
            let both = m0 | m1
            if both[0] | both[1] != 0 {
                let k = m0[0] | m0[1] != 0 ? first(m0) : 16 &+ first(m1)
                return (j &+ k, to + k)
            }
            j &+= 32; to += 32
        }
        if j &+ 16 <= count {
            let v = vector(j)
            put(v, to)
            let mask = escapeMask(v)
            if mask[0] | mask[1] != 0 {
                let k = first(mask)
                return (j &+ k, to + k)
            }
            j &+= 16; to += 16
        }
        if j + 8 <= count {
            let w = word(j)
            put(w, to)
            let mask = escapeMask(w)
            if mask != 0 {
                let k = mask.trailingZeroBitCount &>> 3
                return (j &+ k, to + k)
            }
            j &+= 8; to += 8
        }
        let rest = count &- j
        guard rest > 0 else { return (count, to) }
        if count - 8 >= from {
            // The last eight bytes, overlapping ones already copied as they are (this run's,
            // from `from` on): those need no escape, so the lowest marked byte is in the rest.
            let back = 8 &- rest
            let w = word(count &- 8)
            put(w, to - back)
            let mask = escapeMask(w)
            if mask == 0 { return (count, to + rest) }
            let k = (mask.trailingZeroBitCount &>> 3) &- back
            return (j &+ k, to + k)
        }
        // Fewer than eight bytes in all since `from`: one word of them, padded with bytes
        // that need no escape, stored whole (the room reserved allows it).
        let w = partialWord(UnsafeRawPointer(base + j), rest)
        put(w, to)
        let mask = escapeMask(w)
        if mask == 0 { return (count, to + rest) }
        let k = mask.trailingZeroBitCount &>> 3
        return (j &+ k, to + k)
    }

    /// The `count` bytes (1 to 7) at `p` in the low bytes of a word (little-endian, as
    /// `escapeMask` reads it), the bytes above them `a`, which needs no escape: two loads that
    /// may overlap, rather than a loop over the bytes.
    @inline(__always)
    static func partialWord(_ p: UnsafeRawPointer, _ count: Int) -> UInt64 {
        var w: UInt64
        if count >= 4 {
            let low = UInt64(p.loadUnaligned(as: UInt32.self))
            let high = UInt64(p.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self))
            w = low | high &<< UInt64(8 &* (count &- 4))
        } else if count >= 2 {
            let low = UInt64(p.loadUnaligned(as: UInt16.self))
            let high = UInt64(p.loadUnaligned(fromByteOffset: count &- 2, as: UInt16.self))
            w = low | high &<< UInt64(8 &* (count &- 2))
        } else {
            w = UInt64(p.load(as: UInt8.self))
        }
        return w | 0x6161_6161_6161_6161 &<< UInt64(8 &* count)
    }

    /// Writes the escape of `b` (a control character, `"` or `\\`).
    mutating func escape(_ b: UInt8) {
        out.write(upTo: 6) { Self.putEscape(b, at: $0) }
    }

    /// The length of the escape of `b` (a control character, `"` or `\\`).
    @inline(__always)
    static func escapeLength(_ b: UInt8) -> Int {
        switch b {
        case 0x22, 0x5C, 0x0A, 0x0D, 0x09: return 2
        default: return 6
        }
    }

    /// Writes the escape of `b` (a control character, `"` or `\\`) at `at`, which has room
    /// for it; returns the end.
    @inline(__always)
    static func putEscape(_ b: UInt8, at: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        at[0] = 0x5C
        switch b {
        case 0x22: at[1] = 0x22
        case 0x5C: at[1] = 0x5C
        case 0x0A: at[1] = 0x6E
        case 0x0D: at[1] = 0x72
        case 0x09: at[1] = 0x74
        default:
            at[1] = 0x75; at[2] = 0x30; at[3] = 0x30
            at[4] = hexDigit(b >> 4); at[5] = hexDigit(b & 0xF)
            return at + 6
        }
        return at + 2
    }

    /// The lower-case hexadecimal digit for `nibble` (0...15).
    static func hexDigit(_ nibble: UInt8) -> UInt8 { nibble < 10 ? 0x30 + nibble : 0x57 + nibble }

    /// Each of the sixteen bytes of `bytes` that is a control character, `"` or `\\` as 0xFF,
    /// the others as 0, read as two words (the first eight bytes in the first, the first byte
    /// lowest): the first byte to escape is at the first word's, else the second's,
    /// `trailingZeroBitCount / 8`.
    ///
    /// Compared a byte to a byte in one vector (x86-64's SSE2): the loop of `copyRun` over 16
    /// bytes with the word tests of `escapeMask` on two words took some 25 instructions, over
    /// 32 bytes with this some 33 (callgrind, the 168 PolNeAR dev+test texts, whose text and
    /// quotes it copies: `escaped` 3.82 -> 3.45 M instructions). The comparisons are of
    /// vectors: against a scalar they were compiled byte by byte; and the mask is read as two
    /// words, not through `any`, which was a call.
    @inline(__always)
    static func escapeMask(_ bytes: SIMD16<UInt8>) -> SIMD2<UInt64> {
        let quote = SIMD16<UInt8>(repeating: 0x22), backslash = SIMD16<UInt8>(repeating: 0x5C)
        let aboveControls = SIMD16<UInt8>(repeating: 0xE0)
        let marked = (bytes .== quote) .| (bytes .== backslash) .| ((bytes & aboveControls) .== SIMD16<UInt8>())
        return unsafeBitCast(marked, to: SIMD2<UInt64>.self)
    }

    /// Whether any of the eight bytes packed in `word` is a control character, `"` or `\\`.
    @inline(__always)
    static func needsEscape(_ word: UInt64) -> Bool { escapeMask(word) != 0 }

    /// The top bit of each byte of `word` (little-endian: the first byte lowest) that is a
    /// control character, `"` or `\\`; zero when none is. Only the lowest set bit is exact (a
    /// borrow may mark bytes above it too), so the first byte to escape is at
    /// `trailingZeroBitCount / 8` (the zero-byte tests of "Bit Twiddling Hacks").
    @inline(__always)
    static func escapeMask(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
        let control = (word &- ones &* 0x20) & ~word
        return (control | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)) & highs
    }
}

extension Report {
    /// The report as JSON bytes, keys in schema order; `pretty` indents it for people.
    public func json(pretty: Bool = false) -> [UInt8] {
        // Written straight into the array returned, with room for what the text, the strings
        // cut from it and the records around them usually take.
        JSONWriter.json(pretty: pretty, capacity: estimatedJSONLength * (pretty ? 2 : 1)) { write(to: &$0) }
    }

    /// A generous guess at the length of the compact JSON: the strings (each at most doubled
    /// by escapes, but for control characters) and a fixed allowance per record.
    var estimatedJSONLength: Int {
        var length = 2 * text.utf8.count + 1024 + 64 * paragraphs.count + 32 * sentences.count
        for i in quotes.indices { length += 256 + 2 * quotes[i].text.utf8.count }
        for list in [people, places, organizations] {
            for i in list.indices { length += 96 + 64 * list[i].mentions.count }
        }
        for i in otherQuoted.indices { length += 64 + 2 * otherQuoted[i].text.utf8.count }
        return length
    }

    /// Writes the report's object (`ReportLayout`).
    func write(to w: inout JSONWriter) {
        let header = ReportLayout.Header(schemaVersion: schemaVersion, id: id, title: title, text: text,
                                         offsetUnit: offsetUnit, metadata: metadata)
        func entities(_ list: [EntityRecord], _ w: inout JSONWriter) {
            for i in list.indices {
                ReportLayout.beginEntity(&w, name: list[i].name, canonical: list[i].canonical, gender: list[i].gender,
                                         roles: list[i].roles)
                for m in list[i].mentions { ReportLayout.mention(&w, text: m.text, start: m.start, end: m.end) }
                ReportLayout.endEntity(&w)
            }
        }
        ReportLayout.write(
            &w, header: header,
            paragraphs: { w in for p in paragraphs { ReportLayout.paragraph(&w, start: p.start, end: p.end, kind: p.kind) } },
            sentences: { w in for s in sentences { ReportLayout.sentence(&w, start: s.start, end: s.end) } },
            quotes: { w in
                for i in quotes.indices {
                    let q = quotes[i]
                    ReportLayout.quote(
                        &w, text: q.text, start: q.start, end: q.end, kind: q.kind, paragraph: q.paragraph,
                        speaker: q.speaker?.name, mention: q.speaker?.mention, mentionStart: q.speaker?.mentionStart ?? 0,
                        mentionEnd: q.speaker?.mentionEnd ?? 0,
                        cue: q.cue, cueStart: q.cueStart, cueEnd: q.cueEnd, sieve: q.sieve, confidence: q.confidence)
                }
            },
            people: { entities(people, &$0) }, places: { entities(places, &$0) }, organizations: { entities(organizations, &$0) },
            otherQuoted: { w in
                for o in otherQuoted { ReportLayout.otherQuoted(&w, text: o.text, start: o.start, end: o.end, reason: o.reason) }
            },
            warnings: warnings)
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
