import Foundation

/// Drops from markup what the extractor never reads, before libxml2 parses it: the text of
/// `<script>` and `<style>` elements and of comments, the attributes `HTMLTree` does not look
/// at, the class, id, role and itemprop tokens that say nothing to `ClassHint`, and all but the
/// first byte of each run of blanks in text.
///
/// libxml2's HTML parser spent about a third of its time copying script and style text, and a
/// quarter reading attribute values (`src`, `href` of links, `srcset`, `data-*` …), into nodes
/// that the extractor then skips. This pass cuts them out, so it must read the markup exactly
/// as libxml2 2.9.14 in recovery mode does. Script and style text starts after the start tag's
/// `>` (attributes read the way libxml2 reads them, so a quoted `>` does not end the tag, and
/// `<script/>` has no text) and runs to the first `</script` or `</style` in any case (`<!--`
/// inside does not matter, nor does a `</div>`), or to the end of the page; the element stays,
/// empty. Comments, doctype declarations and processing instructions are skipped as libxml2
/// skips them, so a `<script` inside one starts nothing; a comment keeps its delimiters, so
/// that the text around it stays in separate nodes, as libxml2 would have them. An attribute
/// goes whole, name, value and the blanks after it, unless `HTMLTree` reads it (see
/// `Scanner.isRead`); a silent hint token goes with the separators after it (see
/// `Scanner.pruneTokens`).
///
/// The text the extractor reads stays: JSON-LD scripts (any script whose start tag mentions
/// `ld+json` or holds a character reference). (`HTMLTree` reads headlines and titles without the
/// scripts and styles inside them, so those need not stay.) Where libxml2's reading would
/// depend on more than this pass models (script text that starts with a tag, an end tag such as
/// `</scripts>`, a non-ASCII name in a doctype or processing instruction), it stops there and
/// leaves the rest of the page as it is.
///
/// Expects markup without NUL bytes (`HTMLTree` turns them into spaces first), as libxml2 reads
/// a NUL as the end of the page. Complexity: O(n), with `memchr` between the bytes that matter;
/// the kept bytes are copied as the scan goes, so memory stays within the size of the output.
enum MarkupPruner {
    /// `markup` without what the extractor never reads (the same array when there is nothing
    /// to drop).
    static func prune(_ markup: [UInt8]) -> [UInt8] {
        markup.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return markup }
            var scanner = Scanner(base: base, count: buffer.count)
            scanner.run()
            // The kept bytes are copied as the scan goes, so memory never exceeds the output.
            guard scanner.cutAny else { return markup }
            scanner.keep(upTo: buffer.count)
            return scanner.out
        }
    }

    /// A blank as libxml2 reads one (`IS_BLANK_CH`: space, tab, line feed, carriage return): the
    /// bytes whose runs the pruner cuts to one, and `HTMLTree`'s title and headline reading folds
    /// the same way.
    @inline(__always) static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }

    /// Walks the markup the way libxml2's content loop does, copying what it keeps.
    private struct Scanner {
        let p: UnsafePointer<UInt8>
        let n: Int
        /// The kept bytes before `copied` (empty while nothing was cut).
        var out: [UInt8] = []
        /// How far the input is accounted for: copied to `out` or cut.
        var copied = 0
        /// Whether anything was cut.
        var cutAny = false
        /// What hint tokens seen before said.
        var tokens = TokenVerdicts()

        init(base: UnsafePointer<UInt8>, count: Int) {
            p = base
            n = count
        }

        static let lt: UInt8 = 0x3C, gt: UInt8 = 0x3E, slash: UInt8 = 0x2F, bang: UInt8 = 0x21
        static let question: UInt8 = 0x3F, dash: UInt8 = 0x2D, equals: UInt8 = 0x3D
        static let doctype = Array("DOCTYPE".utf8)
        static let script = Array("script".utf8), style = Array("style".utf8)
        static let ldJSON = Array("ld+json".utf8)
        static let system = Array("system".utf8), `public` = Array("public".utf8)

        /// The byte at `i`, 0 past the end (libxml2 sees a NUL there).
        @inline(__always) func byte(_ i: Int) -> UInt8 { i < n ? p[i] : 0 }

        /// The first index at or after `from` holding `b`.
        @inline(__always) func find(_ b: UInt8, from: Int) -> Int? {
            guard from < n, let hit = memchr(p + from, Int32(b), n - from) else { return nil }
            return p.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }

        @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        /// Bytes of libxml2's HTML tag and attribute names (`htmlParseHTMLName`).
        @inline(__always) static func isNameByte(_ b: UInt8) -> Bool {
            isLetter(b) || (b >= 0x30 && b <= 0x39) || b == 0x3A || b == 0x2D || b == 0x5F || b == 0x2E
        }

        @inline(__always) func skipBlanks(_ i: Int) -> Int {
            var j = i
            while j < n, MarkupPruner.isBlank(p[j]) { j += 1 }
            return j
        }

        /// End of the tag or attribute name at `i` as libxml2 reads it (a letter, `_`, `:` or
        /// `.` first, at most 100 bytes); `i` when there is none.
        func nameEnd(_ i: Int) -> Int {
            let first = byte(i)
            guard Self.isLetter(first) || first == 0x5F || first == 0x3A || first == 0x2E else { return i }
            var j = i
            while j < n, j - i < 100, Self.isNameByte(p[j]) { j += 1 }
            return j
        }

        /// Whether `p[from..<to]` spells `word` (lowercase ASCII) in any case.
        func spells(_ word: [UInt8], _ from: Int, _ to: Int) -> Bool {
            guard to - from == word.count else { return false }
            for k in 0..<word.count where p[from + k] | 0x20 != word[k] { return false }
            return true
        }

        /// Whether `word` (lowercase ASCII) starts at `from`, in any case.
        func startsWith(_ word: [UInt8], _ from: Int) -> Bool {
            from + word.count <= n && spells(word, from, from + word.count)
        }

        /// Index after the first `>` at or after `from`, or the end.
        func afterNextGT(_ from: Int) -> Int { find(Self.gt, from: from).map { $0 + 1 } ?? n }

        mutating func run() {
            var i = 0
            // Before any content (blanks, comments, processing instructions), a doctype is read
            // by itself; later, libxml2 reads what follows one as in the middle of content: a `<`
            // that starts no comment, processing instruction or start tag is text there.
            var prolog = true
            while i < n {
                guard let lt = find(Self.lt, from: i) else { return }
                if prolog && !(i..<lt).allSatisfy({ MarkupPruner.isBlank(p[$0]) }) { prolog = false }
                collapseBlanks(i, lt)
                i = lt
                let next = byte(i + 1)
                if next == Self.slash {
                    prolog = false
                    i = endTag(i)
                } else if next == Self.bang {
                    if byte(i + 2) == Self.dash && byte(i + 3) == Self.dash {
                        i = afterComment(i)
                    } else if isDoctype(i) {
                        guard let end = afterDoctype(i) else { return }
                        let next = byte(end + 1)
                        i = !prolog && byte(end) == Self.lt && (next == Self.slash || (next == Self.bang && isDoctype(end))) ? end + 1 : end
                        prolog = false
                    } else {
                        prolog = false
                        i += 1
                    }
                } else if next == Self.question {
                    // A processing instruction with a name runs to `>`; without one, `<?` is text.
                    let first = byte(i + 2)
                    if first >= 0x80 { return }
                    i = Self.isLetter(first) || first == 0x5F || first == 0x3A ? afterNextGT(i + 2) : i + 2
                } else if Self.isLetter(next) {
                    prolog = false
                    guard let end = startTag(i) else { return }
                    i = end
                } else {
                    prolog = false
                    i += 1
                }
            }
        }

        /// Cuts each run of blanks in the text `p[from..<to]` to its first byte: every reader of
        /// text (`HTMLTree`) folds a run of white space into one, and a blank text stays blank.
        mutating func collapseBlanks(_ from: Int, _ to: Int) {
            var k = from
            while k < to {
                guard MarkupPruner.isBlank(p[k]) else { k += 1; continue }
                var end = k + 1
                while end < to, MarkupPruner.isBlank(p[end]) { end += 1 }
                if end - k >= 2 { cut(k + 1..<end) }
                k = end
            }
        }

        /// Whether `<!DOCTYPE`, in any case, starts at `i`.
        func isDoctype(_ i: Int) -> Bool {
            i + 9 <= n && (0..<7).allSatisfy { k in p[i + 2 + k] & 0xDF == Self.doctype[k] }
        }

        /// Index after the end tag at `i` (`</name … >`), or after `</` when no name follows.
        func endTag(_ i: Int) -> Int {
            let end = nameEnd(i + 2)
            if end == i + 2 { return i + 2 }
            return afterNextGT(end)
        }

        /// Index after the comment at `i`: the first `-->` or `--!>` from four bytes on. Its text
        /// is cut (the comment stays, empty: `<!---->`), as is everything after an unclosed one.
        mutating func afterComment(_ i: Int) -> Int {
            var k = i + 4
            while let dash = find(Self.dash, from: k) {
                if byte(dash + 1) == Self.dash {
                    let third = byte(dash + 2)
                    let end = third == Self.gt ? dash + 3 : third == Self.bang && byte(dash + 3) == Self.gt ? dash + 4 : nil
                    if let end {
                        if dash > i + 4 { cut(i + 4..<dash) }
                        return end
                    }
                }
                k = dash + 1
            }
            if n > i + 4 { cut(i + 4..<n) }
            return n
        }

        /// Index after the doctype declaration at `i` (name, `SYSTEM`/`PUBLIC` literals, then
        /// anything up to `>`); nil where the name is not ASCII.
        func afterDoctype(_ i: Int) -> Int? {
            var j = skipBlanks(i + 9)
            let first = byte(j)
            if first >= 0x80 { return nil }
            if Self.isLetter(first) || first == 0x5F || first == 0x3A {
                while j < n, Self.isNameByte(p[j]) { j += 1 }
                if byte(j) >= 0x80 { return nil }
            }
            j = skipBlanks(j)
            let system = startsWith(Self.system, j), isPublic = startsWith(Self.public, j)
            if system || isPublic {
                j = skipBlanks(j + 6)
                j = afterLiteral(j)
                if isPublic {
                    j = skipBlanks(j)
                    j = afterLiteral(j)
                }
            }
            return afterNextGT(j)
        }

        /// Index after a quoted literal at `j` (to its closing quote, or the end); `j` when none starts there.
        func afterLiteral(_ j: Int) -> Int {
            let quote = byte(j)
            guard quote == 0x22 || quote == 0x27 else { return j }
            return find(quote, from: j + 1).map { $0 + 1 } ?? n
        }

        /// Index after the start tag at `i` and, for a script or style, after its text and end
        /// tag; nil where this pass stops.
        mutating func startTag(_ i: Int) -> Int? {
            let nameStart = i + 1
            let nameEnd = self.nameEnd(nameStart)
            let element = elementKind(nameStart, nameEnd)
            var j = skipBlanks(nameEnd)
            // The attributes, as htmlParseStartTag reads them.
            while j < n {
                let b = p[j]
                if b == Self.gt || (b == Self.slash && byte(j + 1) == Self.gt) { break }
                let attributeStart = j
                let attributeEnd = self.nameEnd(j)
                if attributeEnd > j {
                    j = skipBlanks(attributeEnd)
                    if byte(j) == Self.equals {
                        j = skipBlanks(j + 1)
                        let quote = byte(j)
                        if quote == 0x22 || quote == 0x27 {
                            guard let close = find(quote, from: j + 1) else { return n }
                            if element != .meta && isHint(attributeStart, attributeEnd) { pruneTokens(j + 1, close) }
                            j = close + 1
                        } else {
                            while j < n, p[j] != Self.gt, !MarkupPruner.isBlank(p[j]) { j += 1 }
                        }
                    }
                    j = skipBlanks(j)
                    // An attribute the extractor never reads goes, with the blanks after it.
                    if !isRead(attributeStart, attributeEnd, of: element) { cut(attributeStart..<j) }
                    continue
                }
                // Not a name: skipped up to a blank or the end of the tag.
                while j < n, !MarkupPruner.isBlank(p[j]), p[j] != Self.gt, !(p[j] == Self.slash && byte(j + 1) == Self.gt) { j += 1 }
                j = skipBlanks(j)
            }
            // At the end of the page the element is dropped; `/>` leaves it empty.
            if j >= n { return n }
            if p[j] == Self.slash { return j + 2 }
            let tagEnd = j + 1
            let isScript = spells(Self.script, nameStart, nameEnd)
            guard isScript || spells(Self.style, nameStart, nameEnd) else { return tagEnd }
            let keep = isScript && mentionsLDJSON(i, tagEnd)
            return afterRawText(isScript ? Self.script : Self.style, from: tagEnd, keep: keep)
        }

        /// Cuts `range` (cuts come in order): the bytes before it are copied to `out`.
        mutating func cut(_ range: Range<Int>) {
            if !cutAny { out.reserveCapacity(n); cutAny = true }
            keep(upTo: range.lowerBound)
            copied = max(copied, range.upperBound)
        }

        /// Copies the input from `copied` up to `end` to `out`.
        mutating func keep(upTo end: Int) {
            guard end > copied else { return }
            out.append(contentsOf: UnsafeBufferPointer(start: p + copied, count: end - copied))
            copied = end
        }

        /// Elements whose attributes `HTMLTree` reads beyond the names that hint at furniture.
        enum ElementKind {
            case meta, html, link, time, script, other
        }

        /// The kind of the element named `p[from..<to]` (read in place: the scanner is not copied).
        func elementKind(_ from: Int, _ to: Int) -> ElementKind {
            switch to - from {
            case 4:
                if spells(Self.meta, from, to) { return .meta }
                if spells(Self.html, from, to) { return .html }
                if spells(Self.link, from, to) { return .link }
                if spells(Self.time, from, to) { return .time }
                return .other
            case 6: return spells(Self.script, from, to) ? .script : .other
            default: return .other
            }
        }

        static let meta = Array("meta".utf8), html = Array("html".utf8), link = Array("link".utf8), time = Array("time".utf8)
        static let read: [[UInt8]] = ["id", "role", "class", "style", "hidden", "itemprop", "aria-hidden"].map { Array($0.utf8) }
        static let lang = Array("lang".utf8), type = Array("type".utf8), rel = Array("rel".utf8), href = Array("href".utf8)
        static let datetime = Array("datetime".utf8)

        /// Whether `HTMLTree` reads the attribute named `p[from..<to]` of such an element: every
        /// attribute of `<meta>`; class, id, role, itemprop, style, hidden and aria-hidden of any
        /// element; `lang` of `<html>`, `rel` and `href` of `<link>`, `datetime` of `<time>`,
        /// `type` of `<script>`.
        func isRead(_ from: Int, _ to: Int, of element: ElementKind) -> Bool {
            // The names in `read` have lengths 2, 4, 5, 6, 8 and 11: others need no comparison.
            switch to - from {
            case 2, 4, 5, 6, 8, 11:
                for name in Self.read where spells(name, from, to) { return true }
            default:
                break
            }
            switch element {
            case .meta: return true
            case .html: return spells(Self.lang, from, to)
            case .link: return spells(Self.rel, from, to) || spells(Self.href, from, to)
            case .time: return spells(Self.datetime, from, to)
            case .script: return spells(Self.type, from, to)
            case .other: return false
            }
        }

        static let hints: [[UInt8]] = ["class", "id", "role", "itemprop"].map { Array($0.utf8) }
        static let articleBody = Array("articlebody".utf8)

        /// Whether the attribute named `p[from..<to]` is one whose tokens `ClassHint` reads.
        func isHint(_ from: Int, _ to: Int) -> Bool {
            for name in Self.hints where spells(name, from, to) { return true }
            return false
        }

        /// Cuts the tokens of the hint value `p[from..<to]` that say nothing to `ClassHint`, each
        /// with the separators after it. Only plain ASCII values without a character reference
        /// are pruned (`ClassHint` reads others by characters), and none holding `articlebody`,
        /// whose whole value `ClassHint` also compares.
        mutating func pruneTokens(_ from: Int, _ to: Int) {
            guard to > from else { return }
            for k in from..<to where p[k] >= 0x80 || p[k] == 0x26 { return }
            let value = UnsafeBufferPointer(start: p + from, count: to - from)
            // First pass: a token `articlebody` keeps the value whole.
            var k = 0
            while k < value.count {
                if ClassHint.isSeparator(value, k) { k += 1; continue }
                var end = k
                while end < value.count, !ClassHint.isSeparator(value, end) { end += 1 }
                if end - k == Self.articleBody.count, spells(Self.articleBody, from + k, from + end) { return }
                k = end
            }
            k = 0
            while k < value.count {
                if ClassHint.isSeparator(value, k) { k += 1; continue }
                var end = k
                while end < value.count, !ClassHint.isSeparator(value, end) { end += 1 }
                if !tokens.informative(UnsafeBufferPointer(rebasing: value[k..<end])) {
                    var next = end
                    while next < value.count, ClassHint.isSeparator(value, next) { next += 1 }
                    cut(from + k..<from + next)
                }
                k = end
            }
        }

        /// Whether the start tag `p[from..<to]` holds `ld+json` with its letters in any ASCII case,
        /// or a `&` (a character reference could spell the type).
        ///
        /// `HTMLTree` reads a script's text only when its `type`, lowercased, contains `ld+json`;
        /// the value is the start tag's bytes with its character references decoded. Of all
        /// Unicode scalars, only U+0130 (to `i` and U+0307) and U+212A (to `k`) lowercase into
        /// ASCII other than from ASCII, and neither gives a letter of `ld+json`, so a value that
        /// matches, without a `&`, spells `ld+json` in ASCII in the tag. The `application/json`
        /// data blobs of many pages (twice the bytes of their JSON-LD) are cut: libxml2 copied
        /// them into nodes no reader looks at.
        func mentionsLDJSON(_ from: Int, _ to: Int) -> Bool {
            var k = from
            while k < to {
                let b = p[k]
                if b == 0x26 { return true }
                if b | 0x20 == 0x6C, k + 7 <= to, spellsLDJSON(at: k) { return true }
                k += 1
            }
            return false
        }

        /// Whether `ld+json`, its letters in any ASCII case, starts at `k` (7 bytes are there).
        @inline(__always) func spellsLDJSON(at k: Int) -> Bool {
            for m in 0..<7 {
                let b = p[k + m]
                let folded = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                if folded != Self.ldJSON[m] { return false }
            }
            return true
        }

        /// Index after the text and end tag of the script or style element whose text starts at
        /// `from`, recording the text to cut unless `keep`; nil where this pass stops.
        mutating func afterRawText(_ name: [UInt8], from: Int, keep: Bool) -> Int? {
            if from >= n { return n }
            // libxml2 looks for tags before reading the text: a tag right there is beyond this pass,
            // except the element's own end tag (an empty element).
            if p[from] == Self.lt {
                let next = byte(from + 1)
                if next == Self.slash {
                    let end = nameEnd(from + 2)
                    guard spells(name, from + 2, end) else { return nil }
                    return afterNextGT(end)
                }
                if Self.isLetter(next) || next == 0x5F || next == 0x3A { return nil }
            }
            // htmlParseScript: everything up to `</name`, in any case.
            var close = n
            var k = from
            while let lt = find(Self.lt, from: k) {
                if byte(lt + 1) == Self.slash && startsWith(name, lt + 2) { close = lt; break }
                k = lt + 1
            }
            if !keep && close > from { cut(from..<close) }
            if close == n { return n }
            // `</scripts>` and the like end the text but are no end tag of the element.
            let end = nameEnd(close + 2)
            guard end == close + 2 + name.count else { return nil }
            return afterNextGT(end)
        }
    }

    /// Whether a hint token says anything to `ClassHint` (`ClassHint.verdict`), remembered per
    /// token: pages repeat the same class names thousands of times. An open-addressing table
    /// keyed by the lowercased bytes, kept in one arena.
    struct TokenVerdicts {
        private var hashes = [UInt64](repeating: 0, count: 256)
        private var starts = [Int](repeating: 0, count: 256)
        private var lengths = [Int](repeating: 0, count: 256)
        private var verdicts = [Bool](repeating: false, count: 256)
        private var arena: [UInt8] = []
        private var used = 0
        private var scratch: [UInt8] = []

        /// Whether the token (its bytes, in any case) changes a hint.
        mutating func informative(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
            if scratch.count < token.count { scratch = [UInt8](repeating: 0, count: max(64, token.count * 2)) }
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            scratch.withUnsafeMutableBufferPointer { lowered in
                for (k, b) in token.enumerated() {
                    let lower = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                    lowered[k] = lower
                    hash = (hash ^ UInt64(lower)) &* 0x100_0000_01B3
                }
            }
            hash |= 1  // 0 marks an empty slot
            let count = token.count
            let mask = hashes.count - 1
            var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
            while hashes[slot] != 0 {
                if hashes[slot] == hash, lengths[slot] == count {
                    let start = starts[slot]
                    let same = arena.withUnsafeBufferPointer { a in
                        scratch.withUnsafeBufferPointer { memcmp(a.baseAddress! + start, $0.baseAddress!, count) == 0 }
                    }
                    if same { return verdicts[slot] }
                }
                slot = (slot + 1) & mask
            }
            let verdict = scratch.withUnsafeBufferPointer { ClassHint.verdict(UnsafeBufferPointer(rebasing: $0[0..<count])) != ClassHint() }
            hashes[slot] = hash
            starts[slot] = arena.count
            lengths[slot] = count
            verdicts[slot] = verdict
            arena.append(contentsOf: scratch[0..<count])
            used += 1
            if used * 2 > hashes.count { grow() }
            return verdict
        }

        /// Doubles the table.
        private mutating func grow() {
            let old = (hashes, starts, lengths, verdicts)
            let size = hashes.count * 2
            hashes = [UInt64](repeating: 0, count: size)
            starts = [Int](repeating: 0, count: size)
            lengths = [Int](repeating: 0, count: size)
            verdicts = [Bool](repeating: false, count: size)
            for k in old.0.indices where old.0[k] != 0 {
                var slot = Int(truncatingIfNeeded: old.0[k] ^ (old.0[k] >> 29)) & (size - 1)
                while hashes[slot] != 0 { slot = (slot + 1) & (size - 1) }
                hashes[slot] = old.0[k]
                starts[slot] = old.1[k]
                lengths[slot] = old.2[k]
                verdicts[slot] = old.3[k]
            }
        }
    }
}
