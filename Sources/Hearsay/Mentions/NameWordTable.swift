/// The words of a document's person names as the clusterer compares them, numbered: a name is
/// split into words (possessive endings dropped, headline capitals such as "KOVACS" written
/// "Kovacs"), and each word gets a spelling id (equal bytes) and a class id (equal as Swift
/// strings, that is canonically equivalent).
///
/// The clusterer then compares names by class ids and indexes entities by them, without
/// making, hashing or comparing a `String` per word; a spelling's string is made only when asked
/// for (`string(_:)`, `name(_:)`).
struct NameWordTable {
    /// What the table knows of one spelling, kept in one record: four arrays appended to for
    /// each new word cost four uniqueness checks and four capacity checks (the table's words
    /// took 4.35 M instructions on the 168 PolNeAR dev+test texts).
    private struct Spelling {
        /// Where the spelling's bytes are in `arena`, and how many.
        var offset: Int32, length: Int32
        /// The spelling's class: spellings of the same class are equal strings.
        var wordClass: Int32
        /// Whether the spelling has at most two characters.
        var isShort: Bool
    }
    /// The spellings, by id.
    private var spellings: [Spelling] = []
    /// The number of classes.
    private(set) var classCount = 0
    /// The bytes of the spellings (`used` of them), each at the offset the interner records for it.
    private var storage: ByteArena
    private var arena: UnsafeMutableBufferPointer<UInt8> { storage.buffer }
    private var used = 0
    private let interner: TokenInterner
    /// The class of each non-ASCII spelling's string (equal strings share one entry).
    private var nonASCIIClasses: [String: Int32] = [:]

    /// An empty table with room for about `words` words.
    init(words: Int = 16) {
        let room = max(16, words)
        interner = TokenInterner(capacity: room)
        storage = ByteArena(capacity: 8 * room)
        spellings.reserveCapacity(room)
    }

    /// Forgets every word, as a new table with room for about `words` words would (ids and
    /// classes count from 0 again), keeping the room it has: a thread's clusterer reuses one
    /// table for every document (a table made per document cost its allocations and their
    /// release, 0.8 M instructions over 168 PolNeAR texts).
    mutating func reset(words: Int) {
        interner.reset(capacity: max(16, words))
        spellings.removeAll(keepingCapacity: true)
        if !nonASCIIClasses.isEmpty { nonASCIIClasses.removeAll(keepingCapacity: true) }
        classCount = 0
        used = 0
    }

    /// Room for `count` more bytes at `used`, the kept ones copied.
    @inline(__always)
    private mutating func reserve(_ count: Int) {
        guard used + count > arena.count else { return }
        storage = storage.grown(toHold: used + count, keeping: used)
    }

    /// Puts `bytes` at `used` (not yet kept: `internArena` keeps them if they are new) and
    /// returns where they start.
    @inline(__always)
    private mutating func stage<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
        reserve(bytes.count)
        var p = used
        for b in bytes { arena[p] = b; p += 1 }
        return used
    }

    /// Appends the spelling ids of the words of the person name `name` to `out` (what
    /// `words(of:)` returns, as ids); returns whether the name is verbatim: its words joined
    /// by single spaces (`name(_:)` of the ids) are its own bytes.
    ///
    /// Verbatim is told only of an ASCII name (false for any other, whatever its words), as
    /// the split finds it: no possessive ending, no headline capitals, a single space between
    /// words and none around them. Most names are written so, and the clusterer then names an
    /// entity with the string of its first mention, making none.
    @discardableResult
    mutating func appendWords(of name: String, to out: inout [Int32]) -> Bool {
        // The bytes are read in place (a native string's always are): `withUTF8` is mutating,
        // and the copy of the name it needed cost a retain and a release per name.
        let split = name.utf8.withContiguousStorageIfAvailable { appendWords(utf8: $0, to: &out) } ?? {
            var copy = name
            return copy.withUTF8 { appendWords(utf8: $0, to: &out) }
        }()
        if let split { return split }
        // A separator that joins a neighbour into one character: the characters decide.
        for word in name.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\u{00A0}" }) {
            let w = Self.normalized(String(word))
            if !w.isEmpty { out.append(spelling(ofNonASCII: w)) }
        }
        return false
    }

    /// `appendWords(of:to:)` of the name's UTF-8 `bytes` (whether they are verbatim), when its
    /// separators stand alone (see `separatorsStandAlone`); nil (nothing appended) when they do not.
    /// (Inlined, as `appendASCIIWords` is: called, the two cost 50 instructions a name.)
    @inline(__always)
    private mutating func appendWords(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout [Int32]) -> Bool? {
        // Most names are ASCII: every separator stands alone, and no word needs a second look.
        if Self.isASCII(bytes) { return appendASCIIWords(of: bytes, to: &out) }
        guard Self.separatorsStandAlone(bytes) else { return nil }
        // Separators: a space, a line feed not after a carriage return, a no-break space (C2 A0).
        var start = 0, k = 0
        while k <= bytes.count {
            var width = 0
            if k == bytes.count {
                width = 1
            } else {
                let b = bytes[k]
                if b == 0x20 || (b == 0x0A && (k == 0 || bytes[k - 1] != 0x0D)) {
                    width = 1
                } else if b == 0xC2, k + 1 < bytes.count, bytes[k + 1] == 0xA0 {
                    width = 2
                }
            }
            if width == 0 { k += 1; continue }
            if k > start { addWord(UnsafeBufferPointer(rebasing: bytes[start..<k]), to: &out) }
            k += width
            start = k
        }
        return false
    }

    /// Appends the class of each of the spellings `ids` to `out`, through buffer pointers: a
    /// clustering appended them one by one, each append checking that `out` was unique.
    func appendClasses(of ids: [Int32], to out: inout [Int32]) {
        let start = out.count
        out.append(contentsOf: RepeatedFill(0, count: ids.count))
        out.withUnsafeMutableBufferPointer { out in
            ids.withUnsafeBufferPointer { ids in
                spellings.withUnsafeBufferPointer { spellings in
                    for k in ids.indices { out[start + k] = spellings[Int(ids[k])].wordClass }
                }
            }
        }
    }

    /// The words of the person name `name` as strings (tests and diagnostics).
    mutating func words(of name: String) -> [String] {
        var ids: [Int32] = []
        appendWords(of: name, to: &ids)
        return ids.map { string($0) }
    }

    /// The class of spelling `id`: spellings of the same class are equal strings.
    func wordClass(_ id: Int32) -> Int32 { spellings[Int(id)].wordClass }

    /// Whether spelling `id` has at most two characters.
    func isShort(_ id: Int32) -> Bool { spellings[Int(id)].isShort }

    /// The text of spelling `id`.
    func string(_ id: Int32) -> String {
        let spelling = spellings[Int(id)]
        let start = Int(spelling.offset)
        return String(decoding: UnsafeBufferPointer(rebasing: arena[start..<start + Int(spelling.length)]), as: UTF8.self)
    }

    /// The spellings `ids` joined with single spaces (a name made of them).
    func name(_ ids: ArraySlice<Int32>) -> String {
        if ids.count == 1 { return string(ids.first!) }
        var length = -1
        for id in ids { length += Int(spellings[Int(id)].length) + 1 }
        guard length > 0 else { return "" }
        let base = arena.baseAddress!
        return String(unsafeUninitializedCapacity: length) { out in
            var p = 0
            for id in ids {
                if p > 0 { out[p] = 0x20; p += 1 }
                let spelling = spellings[Int(id)]
                let n = Int(spelling.length)
                (out.baseAddress! + p).initialize(from: base + Int(spelling.offset), count: n)
                p += n
            }
            return p
        }
    }

    /// Whether every separator byte sequence of `bytes` (space, no-break space) is a character
    /// of its own: the scalar after it is ASCII, a Latin letter (U+00C0–U+017F) or a no-break
    /// space, not a combining mark; the one before it is ASCII or below U+0400 or in U+2000–U+2FFF,
    /// not a prepended mark. A line feed is its own character except after a carriage return.
    static func separatorsStandAlone(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        var k = 0
        while k < n {
            let b = bytes[k]
            var width = 0
            if b == 0x20 { width = 1 } else if b == 0xC2, k + 1 < n, bytes[k + 1] == 0xA0 { width = 2 }
            if width == 0 { k += 1; continue }
            let next = k + width
            if next < n {
                let lead = bytes[next]
                let fine = lead < 0x80 || (lead >= 0xC3 && lead <= 0xC5) || (lead == 0xC2 && next + 1 < n && bytes[next + 1] == 0xA0)
                if !fine { return false }
            }
            if k > 0, bytes[k - 1] >= 0x80 {
                var p = k - 1
                while p > 0 && bytes[p] & 0xC0 == 0x80 { p -= 1 }
                let lead = bytes[p]
                if !((lead >= 0xC2 && lead <= 0xCF) || lead == 0xE2) { return false }
            }
            k = next
        }
        return true
    }

    /// Whether every byte of `bytes` is ASCII (read eight at a time).
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base), n = bytes.count
        var high: UInt64 = 0, k = 0
        while k + 8 <= n { high |= raw.loadUnaligned(fromByteOffset: k, as: UInt64.self); k += 8 }
        while k < n { high |= UInt64(base[k]); k += 1 }
        return high & 0x8080_8080_8080_8080 == 0
    }

    /// `appendWords` of an ASCII name's bytes: its words lie between spaces and line feeds
    /// (one after a carriage return is no separator: the two are one character). Returns
    /// whether the name is verbatim: every separator a space between two words, each word kept
    /// as written.
    @inline(__always)
    private mutating func appendASCIIWords(of bytes: UnsafeBufferPointer<UInt8>, to out: inout [Int32]) -> Bool {
        var start = 0, verbatim = true
        for k in bytes.indices {
            let b = bytes[k]
            guard b == 0x20 || (b == 0x0A && (k == 0 || bytes[k - 1] != 0x0D)) else { continue }
            // A line feed, or a separator first or after another.
            if b != 0x20 || k == start { verbatim = false }
            if k > start { verbatim = addASCIIWord(UnsafeBufferPointer(rebasing: bytes[start..<k]), to: &out) && verbatim }
            start = k + 1
        }
        guard bytes.count > start else { return false }
        return addASCIIWord(UnsafeBufferPointer(rebasing: bytes[start...]), to: &out) && verbatim
    }

    /// Adds one word (bytes between separators) of a name.
    private mutating func addWord(_ word: UnsafeBufferPointer<UInt8>, to out: inout [Int32]) {
        var high: UInt8 = 0
        for b in word { high |= b }
        guard high < 0x80 else {
            let w = Self.normalized(String(decoding: word, as: UTF8.self))
            if !w.isEmpty { out.append(spelling(ofNonASCII: w)) }
            return
        }
        addASCIIWord(word, to: &out)
    }

    /// Adds one word of a name, all of its bytes ASCII; returns whether it was kept as written
    /// (false when unsure: headline capitals are rewritten, a possessive ending dropped).
    @discardableResult
    private mutating func addASCIIWord(_ word: UnsafeBufferPointer<UInt8>, to out: inout [Int32]) -> Bool {
        var end = word.count
        if end >= 2, word[end - 2] == 0x27, word[end - 1] == 0x73 { end -= 2 }
        guard end > 0 else { return false }
        let body = UnsafeBufferPointer(rebasing: word[0..<end])
        reserve(end)
        let start = used
        (arena.baseAddress! + start).update(from: body.baseAddress!, count: end)
        // A lowercase second letter (most words) is no headline: the call is skipped.
        let headline = end >= 2 && body[1] &- 0x61 >= 26 && EntityClusterer.isHeadlineCapitals(body)
        if headline {
            for k in start + 1..<start + end where arena[k] >= 0x41 && arena[k] <= 0x5A { arena[k] |= 0x20 }
        }
        out.append(internArena(from: start, length: end, nonASCII: nil))
        return end == word.count && !headline
    }

    /// The spelling of a word already normalized by characters (`normalized`).
    private mutating func spelling(ofNonASCII w: String) -> Int32 {
        let start = stage(w.utf8)
        let ascii = w.utf8.allSatisfy { $0 < 0x80 }
        return internArena(from: start, length: w.utf8.count, nonASCII: ascii ? nil : w)
    }

    /// The spelling id of the `length` bytes staged at `arena[start...]` (`start` is `used`),
    /// kept with their class if new; `text` is their string when it is not ASCII.
    private mutating func internArena(from start: Int, length: Int, nonASCII text: String?) -> Int32 {
        let end = start + length
        let (id, isNew) = interner.intern(UnsafeBufferPointer(arena), start, end)
        guard isNew else { return Int32(truncatingIfNeeded: id) }
        used = end
        // At most two characters: two bytes of ASCII (a carriage return joins a line feed, so
        // two characters have at most four bytes: longer words need no scan for one).
        let bytes = UnsafeBufferPointer(rebasing: arena[start..<end])
        let short: Bool
        if let text { short = text.count <= 2 } else if end - start <= 2 { short = true } else if end - start > 4 { short = false } else {
            short = !bytes.contains(0x0D) ? false : String(decoding: bytes, as: UTF8.self).count <= 2
        }
        let offset = Int32(truncatingIfNeeded: start), count = Int32(truncatingIfNeeded: end - start)
        guard let text else {
            // No other spelling is equal to these bytes: a class of their own.
            spellings.append(Spelling(offset: offset, length: count, wordClass: Int32(truncatingIfNeeded: classCount), isShort: short))
            classCount += 1
            return Int32(truncatingIfNeeded: id)
        }
        // The record goes in first: an ASCII form interned below takes the next id.
        spellings.append(Spelling(offset: offset, length: count, wordClass: -1, isShort: short))
        let cls: Int32
        // Equal to an ASCII word only through a scalar whose canonical decomposition is
        // ASCII (KELVIN SIGN is K); else equal only to other non-ASCII words.
        let asciiForm = String(String.UnicodeScalarView(text.unicodeScalars.map(Self.asciiSingleton)))
        if asciiForm.utf8.allSatisfy({ $0 < 0x80 }) {
            let formStart = stage(asciiForm.utf8)
            cls = spellings[Int(internArena(from: formStart, length: asciiForm.utf8.count, nonASCII: nil))].wordClass
        } else if let known = nonASCIIClasses[text] {
            cls = known
        } else {
            cls = Int32(truncatingIfNeeded: classCount)
            classCount += 1
            nonASCIIClasses[text] = cls
        }
        spellings[id].wordClass = cls
        return Int32(truncatingIfNeeded: id)
    }

    /// The ASCII scalar that `scalar` is canonically equivalent to (K for KELVIN SIGN, ; for
    /// GREEK QUESTION MARK, ` for GREEK VARIA), else `scalar`.
    static func asciiSingleton(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x212A: return "K"
        case 0x037E: return ";"
        case 0x1FEF: return "`"
        default: return scalar
        }
    }

    /// One word as the clusterer compares it, by characters: without a possessive ending, and
    /// headline capitals ("KOVACS", not a regnal number "VIII") in title case.
    static func normalized(_ word: String) -> String {
        var w = word
        if w.hasSuffix("’s") || w.hasSuffix("'s") { w = String(w.dropLast(2)) }
        if w.count >= 2, w.allSatisfy({ !$0.isLetter || $0.isUppercase }), w.contains(where: \.isLetter),
           !w.allSatisfy({ "IVXLCDM".contains($0) }) {
            w = w.prefix(1) + w.dropFirst().lowercased()
        }
        return w
    }
}
