import Foundation

/// Drops from markup what the extractor never reads, before libxml2 parses it: the text of
/// `<script>` and `<style>` elements and of comments, the attributes `HTMLTree` does not look
/// at, the class, id, role and itemprop tokens that say nothing to `ClassHint`, all but the
/// first byte of each run of blanks in text, and whole blank runs between constructs where the
/// walk would read nothing of them (see `BlankRun`).
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
/// the cuts are recorded as the scan goes, and the kept bytes copied once at the end.
enum MarkupPruner {
    /// `markup` without what the extractor never reads (the same array when there is nothing
    /// to drop).
    static func prune(_ markup: [UInt8]) -> [UInt8] {
        markup.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return markup }
            var scanner = Scanner(base: base, count: buffer.count)
            scanner.run()
            return scanner.kept() ?? markup
        }
    }

    /// A blank as libxml2 reads one (`IS_BLANK_CH`: space, tab, line feed, carriage return): the
    /// bytes whose runs the pruner cuts to one, and `HTMLTree`'s title and headline reading folds
    /// the same way.
    @inline(__always) static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }

    /// Walks the markup the way libxml2's content loop does, copying what it keeps.
    /// The markup as the scanner reads it: the bytes and the questions asked of them, apart
    /// from the scanner's state (a scanner method calling one of these on the scanner itself
    /// copied the whole scanner, 129 bytes, with `memcpy` every time).
    private struct Reader {
        let p: UnsafePointer<UInt8>
        let n: Int


        static let lt: UInt8 = 0x3C, gt: UInt8 = 0x3E, slash: UInt8 = 0x2F, bang: UInt8 = 0x21
        static let question: UInt8 = 0x3F, dash: UInt8 = 0x2D, equals: UInt8 = 0x3D
        static let doctype = Array("DOCTYPE".utf8)
        static let script = Array("script".utf8), style = Array("style".utf8)
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

        /// Whether `<!DOCTYPE`, in any case, starts at `i`.
        func isDoctype(_ i: Int) -> Bool {
            i + 9 <= n && (0..<7).allSatisfy { k in p[i + 2 + k] & 0xDF == Self.doctype[k] }
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

        /// Elements whose attributes `HTMLTree` reads beyond the names that hint at furniture.
        enum ElementKind {
            case meta, html, link, time, script, other
        }

        /// The kind of the element named `p[from..<to]`.
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

        /// Whether `ld+json` (`HTMLTree.ldJSON`), its letters in any ASCII case, starts at `k`.
        @inline(__always) func spellsLDJSON(at k: Int) -> Bool {
            ByteSearch.matches(UnsafeBufferPointer(start: p, count: n), at: k, HTMLTree.ldJSON)
        }
    }

    private struct Scanner {
        let p: UnsafePointer<UInt8>
        let n: Int
        /// The ranges cut, in order (a range may reach into the next, and be empty).
        var cuts: [Range<Int>] = []
        /// What hint tokens seen before said.
        var tokens = TokenVerdicts()
        /// The start and end of each token of the hint value `pruneTokens` reads, in pairs.
        var tokenBounds: [Int] = []
        /// The indices in `cuts` of the blank runs not yet known to go or stay (the first
        /// `waitingCount`); each is recorded whole, and cut to its first byte if it stays.
        var waiting: [Int] = []
        var waitingCount = 0
        /// Whether the last construct was a start tag on which the walk flushes (comments and
        /// blank runs since): a blank run here adds nothing to the empty current block.
        var afterFlush = false
        /// How many `<h1>` start tags may still be open (each `</h1>` takes one off, none below
        /// 0): `HTMLTree` reads a headline's text, blanks included, as it is.
        var headlinesOpen = 0
        /// The same for `<title>`.
        var titlesOpen = 0
        /// Whether the last construct was a doctype: libxml2 reads a `<` right after one in
        /// content as text (see `scan`), so the blank run that keeps a `</p>` from following it
        /// must stay.
        var justAfterDoctype = false
        /// Whether an element whose end tags outrank theirs started inside one (see
        /// `BlankRun.Role.blocksEndTags`): their end tag may then close nothing, and no blank
        /// run goes until the end of the page.
        var guardStuck = false

        /// The same bytes, with the questions asked of them.
        let reader: Reader

        init(base: UnsafePointer<UInt8>, count: Int) {
            p = base
            n = count
            reader = Reader(p: base, n: count)
        }

        mutating func run() {
            scan()
            // Wherever the scan ended, blank runs still waiting stay (cut to their first byte).
            resolve(dropping: false)
        }

        /// The content loop: text, then the construct at each `<`.
        mutating func scan() {
            var i = 0
            // Before any content (blanks, comments, processing instructions), a doctype is read
            // by itself; later, libxml2 reads what follows one as in the middle of content: a `<`
            // that starts no comment, processing instruction or start tag is text there.
            var prolog = true
            while true {
                guard i < n, let lt = reader.find(Reader.lt, from: i) else {
                    // The end of the page, only blanks after the last construct (a construct left
                    // open reaches the end, and nothing after it is read): the walk's last flush
                    // trims what the waiting blank runs would add.
                    if waitingCount > 0 && (min(i, n)..<n).allSatisfy({ MarkupPruner.isBlank(p[$0]) }) { resolve(dropping: true) }
                    return
                }
                if prolog && !(i..<lt).allSatisfy({ MarkupPruner.isBlank(p[$0]) }) { prolog = false }
                text(i, lt, prolog: prolog)
                i = lt
                let next = reader.byte(i + 1)
                if next == Reader.slash {
                    prolog = false
                    i = endTag(i)
                } else if next == Reader.bang {
                    if reader.byte(i + 2) == Reader.dash && reader.byte(i + 3) == Reader.dash {
                        // A comment is no node the walk reads: blank runs around it may still go.
                        i = afterComment(i)
                    } else if reader.isDoctype(i) {
                        breakBlankChain()
                        guard let end = reader.afterDoctype(i) else { return }
                        let next = reader.byte(end + 1)
                        i = !prolog && reader.byte(end) == Reader.lt && (next == Reader.slash || (next == Reader.bang && reader.isDoctype(end))) ? end + 1 : end
                        prolog = false
                        justAfterDoctype = true
                    } else {
                        breakBlankChain()
                        prolog = false
                        i += 1
                    }
                } else if next == Reader.question {
                    breakBlankChain()
                    // A processing instruction with a name runs to `>`; without one, `<?` is text.
                    let first = reader.byte(i + 2)
                    if first >= 0x80 { return }
                    i = Reader.isLetter(first) || first == 0x5F || first == 0x3A ? reader.afterNextGT(i + 2) : i + 2
                } else if Reader.isLetter(next) {
                    prolog = false
                    guard let end = startTag(i) else { return }
                    i = end
                } else {
                    breakBlankChain()
                    prolog = false
                    i += 1
                }
            }
        }

        /// Reads the text `p[from..<to]` between two constructs. Text of blanks alone (after the
        /// prolog) is a blank run that may go whole (see `BlankRun`); other text keeps each
        /// run of blanks cut to its first byte, and ends any chain of waiting blank runs.
        mutating func text(_ from: Int, _ to: Int, prolog: Bool) {
            let followsDoctype = justAfterDoctype
            justAfterDoctype = false
            guard from < to else { return }
            var end = from
            while end < to, MarkupPruner.isBlank(p[end]) { end += 1 }
            if end == to && !prolog {
                if headlinesOpen > 0 || titlesOpen > 0 || guardStuck || followsDoctype {
                    if to - from >= 2 { cut(from + 1..<to) }
                } else if afterFlush {
                    cut(from..<to)
                } else {
                    if waitingCount < waiting.count { waiting[waitingCount] = cuts.count } else { waiting.append(cuts.count) }
                    waitingCount += 1
                    cuts.append(from..<to)
                }
                return
            }
            breakBlankChain()
            if end - from >= 2 { cut(from + 1..<end) }
            collapseBlanks(end, to)
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

        /// Index after the end tag at `i` (`</name … >`), or after `</` when no name follows.
        mutating func endTag(_ i: Int) -> Int {
            let end = reader.nameEnd(i + 2)
            if end == i + 2 {
                breakBlankChain()
                return i + 2
            }
            // An end tag only closes elements (libxml2's htmlParseEndTag pops or ignores it):
            // blank runs before it may still go, but what follows it is no longer right after a
            // start tag.
            afterFlush = false
            if headlinesOpen > 0 || titlesOpen > 0 {
                let role = BlankRun.role(of: p, from: i + 2, to: end)
                if role.contains(.headline) && headlinesOpen > 0 { headlinesOpen -= 1 }
                if role.contains(.title) && titlesOpen > 0 { titlesOpen -= 1 }
            }
            return reader.afterNextGT(end)
        }

        /// Index after the comment at `i`: the first `-->` or `--!>` from four bytes on. Its text
        /// is cut (the comment stays, empty: `<!---->`), as is everything after an unclosed one.
        mutating func afterComment(_ i: Int) -> Int {
            var k = i + 4
            while let dash = reader.find(Reader.dash, from: k) {
                if reader.byte(dash + 1) == Reader.dash {
                    let third = reader.byte(dash + 2)
                    let end = third == Reader.gt ? dash + 3 : third == Reader.bang && reader.byte(dash + 3) == Reader.gt ? dash + 4 : nil
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

        /// Index after the start tag at `i` and, for a script or style, after its text and end
        /// tag; nil where this pass stops.
        mutating func startTag(_ i: Int) -> Int? {
            let nameStart = i + 1
            let nameEnd = reader.nameEnd(nameStart)
            let element = reader.elementKind(nameStart, nameEnd)
            // Whether an attribute may hide the element (`HTMLTree` then skips it without a flush).
            var mayHide = false
            var j = reader.skipBlanks(nameEnd)
            // The attributes, as htmlParseStartTag reads them.
            while j < n {
                let b = p[j]
                if b == Reader.gt || (b == Reader.slash && reader.byte(j + 1) == Reader.gt) { break }
                let attributeStart = j
                let attributeEnd = reader.nameEnd(j)
                if attributeEnd > j {
                    if !mayHide && BlankRun.mayHide(p, from: attributeStart, to: attributeEnd) { mayHide = true }
                    j = reader.skipBlanks(attributeEnd)
                    if reader.byte(j) == Reader.equals {
                        j = reader.skipBlanks(j + 1)
                        let quote = reader.byte(j)
                        if quote == 0x22 || quote == 0x27 {
                            guard let close = reader.find(quote, from: j + 1) else { return n }
                            if element != .meta && reader.isHint(attributeStart, attributeEnd) { pruneTokens(j + 1, close) }
                            j = close + 1
                        } else {
                            while j < n, p[j] != Reader.gt, !MarkupPruner.isBlank(p[j]) { j += 1 }
                        }
                    }
                    j = reader.skipBlanks(j)
                    // An attribute the extractor never reads goes, with the blanks after it.
                    if !reader.isRead(attributeStart, attributeEnd, of: element) { cut(attributeStart..<j) }
                    continue
                }
                // Not a name: skipped up to a blank or the end of the tag.
                while j < n, !MarkupPruner.isBlank(p[j]), p[j] != Reader.gt, !(p[j] == Reader.slash && reader.byte(j + 1) == Reader.gt) { j += 1 }
                j = reader.skipBlanks(j)
            }
            // At the end of the page the element is dropped; `/>` leaves it empty.
            if j >= n {
                breakBlankChain()
                return n
            }
            startTagEnded(nameStart, nameEnd, mayHide: mayHide)
            if p[j] == Reader.slash { return j + 2 }
            let tagEnd = j + 1
            let isScript = reader.spells(Reader.script, nameStart, nameEnd)
            guard isScript || reader.spells(Reader.style, nameStart, nameEnd) else { return tagEnd }
            let keep = isScript && reader.mentionsLDJSON(i, tagEnd)
            return afterRawText(isScript ? Reader.script : Reader.style, from: tagEnd, keep: keep)
        }

        /// Cuts `range` (cuts come in order).
        @inline(__always) mutating func cut(_ range: Range<Int>) { cuts.append(range) }

        /// Settles the waiting blank runs: they go whole when `dropping`, else each is cut to
        /// its first byte (a run of one byte then cuts nothing).
        mutating func resolve(dropping: Bool) {
            guard waitingCount > 0 else { return }
            if !dropping {
                for k in 0..<waitingCount {
                    let run = cuts[waiting[k]]
                    cuts[waiting[k]] = run.lowerBound + 1..<run.upperBound
                }
            }
            waitingCount = 0
        }

        /// Something the walk may read (text, or a construct this pass does not follow) comes:
        /// the waiting blank runs stay, and what follows is no longer right after a flush.
        mutating func breakBlankChain() {
            resolve(dropping: false)
            afterFlush = false
        }

        /// Settles the blank runs before the start tag `p[from..<to]` (its attributes read, the
        /// tag complete): they go when the walk flushes the current block on entering it, as it
        /// does for a block that no attribute may hide, or for `<br>`; else they stay. Counts the
        /// headlines and titles open (see `BlankRun`).
        mutating func startTagEnded(_ from: Int, _ to: Int, mayHide: Bool) {
            let role = BlankRun.role(of: p, from: from, to: to)
            let flushes = role.contains(.lineBreak) || (role.contains(.block) && !mayHide)
            resolve(dropping: flushes)
            afterFlush = flushes
            if role.contains(.blocksEndTags) && (headlinesOpen > 0 || titlesOpen > 0) { guardStuck = true }
            if role.contains(.headline) { headlinesOpen += 1 }
            if role.contains(.title) { titlesOpen += 1 }
        }

        /// The input without the cuts, nil when they cut nothing. (Copied once, into an array of
        /// the input's size: appending each kept piece to a growing array cost twice as much.)
        func kept() -> [UInt8]? {
            guard !cuts.isEmpty else { return nil }
            var removed = 0
            let result = [UInt8](unsafeUninitializedCapacity: n) { out, count in
                var written = 0
                var copied = 0
                for range in cuts {
                    if range.lowerBound > copied {
                        (out.baseAddress! + written).initialize(from: p + copied, count: range.lowerBound - copied)
                        written += range.lowerBound - copied
                    }
                    if range.upperBound > max(copied, range.lowerBound) { removed += range.upperBound - max(copied, range.lowerBound) }
                    copied = max(copied, range.upperBound)
                }
                if n > copied {
                    (out.baseAddress! + written).initialize(from: p + copied, count: n - copied)
                    written += n - copied
                }
                count = written
            }
            return removed > 0 ? result : nil
        }

        /// Cuts the tokens of the hint value `p[from..<to]` that say nothing to `ClassHint`, each
        /// with the separators after it. Only plain ASCII values without a character reference
        /// are pruned (`ClassHint` reads others by characters), and none holding `articlebody`,
        /// whose whole value `ClassHint` also compares.
        mutating func pruneTokens(_ from: Int, _ to: Int) {
            guard to > from else { return }
            let value = UnsafeBufferPointer(start: p + from, count: to - from)
            // One pass finds the tokens and whether the value may be pruned at all (three passes
            // over the value took a third of the pruner's own time).
            var found = 0
            var k = 0
            while k < value.count {
                if value[k] >= 0x80 || value[k] == 0x26 { return }
                if ClassHint.isSeparator(value, k) { k += 1; continue }
                var end = k + 1
                while end < value.count, !ClassHint.isSeparator(value, end) {
                    if value[end] >= 0x80 || value[end] == 0x26 { return }
                    end += 1
                }
                if end - k == Reader.articleBody.count, reader.spells(Reader.articleBody, from + k, from + end) { return }
                if 2 * found < tokenBounds.count {
                    tokenBounds[2 * found] = k
                    tokenBounds[2 * found + 1] = end
                } else {
                    tokenBounds.append(k)
                    tokenBounds.append(end)
                }
                found += 1
                k = end
            }
            for t in 0..<found {
                let start = tokenBounds[2 * t], end = tokenBounds[2 * t + 1]
                if !tokens.informative(UnsafeBufferPointer(rebasing: value[start..<end])) {
                    // With the separators up to the next token.
                    let next = t + 1 < found ? tokenBounds[2 * t + 2] : value.count
                    cut(from + start..<from + next)
                }
            }
        }

        /// Index after the text and end tag of the script or style element whose text starts at
        /// `from`, recording the text to cut unless `keep`; nil where this pass stops.
        mutating func afterRawText(_ name: [UInt8], from: Int, keep: Bool) -> Int? {
            if from >= n { return n }
            // libxml2 looks for tags before reading the text: a tag right there is beyond this pass,
            // except the element's own end tag (an empty element).
            if p[from] == Reader.lt {
                let next = reader.byte(from + 1)
                if next == Reader.slash {
                    let end = reader.nameEnd(from + 2)
                    guard reader.spells(name, from + 2, end) else { return nil }
                    return reader.afterNextGT(end)
                }
                if Reader.isLetter(next) || next == 0x5F || next == 0x3A { return nil }
            }
            // htmlParseScript: everything up to `</name`, in any case.
            var close = n
            var k = from
            while let lt = reader.find(Reader.lt, from: k) {
                if reader.byte(lt + 1) == Reader.slash && reader.startsWith(name, lt + 2) { close = lt; break }
                k = lt + 1
            }
            if !keep && close > from { cut(from..<close) }
            if close == n { return n }
            // `</scripts>` and the like end the text but are no end tag of the element.
            let end = reader.nameEnd(close + 2)
            guard end == close + 2 + name.count else { return nil }
            return reader.afterNextGT(end)
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
