import Foundation

/// Flattens markup nested deeper than libxml2 follows, so that deep pages keep their text.
///
/// libxml2's HTML parser stops building the tree about 256 elements deep and drops the rest of
/// the page, so 200,000 nested `<div>`s would lose every paragraph, even those after the deep
/// part. This pass tracks element depth in the raw markup (void elements do not nest; an
/// optional-end element such as `<p>` or `<li>` closes one of its own name left open; raw text
/// in scripts, styles and comments is skipped) and removes the start tags that would go deeper
/// than `maxDepth`, with their end tags. Pages within the limit come back unchanged. The depth
/// counted can exceed libxml2's (it does not know every implied end tag), never fall short of it.
///
/// Complexity: O(n) in the length of the markup.
struct NestingFlattener {
    /// Deepest element nesting kept; well below libxml2's own limit.
    let maxDepth: Int

    /// The last levels kept for paragraph-level elements (none when the limit is small).
    var paragraphRoom: Int { maxDepth >= 50 ? 12 : 0 }

    init(maxDepth: Int = 200) { self.maxDepth = maxDepth }

    /// What the flattener needs to know of an element.
    struct ElementKind: OptionSet {
        let rawValue: UInt8
        /// Never has children (`<br>`, `<img>` …).
        static let void = ElementKind(rawValue: 1)
        /// Closed by a start tag of its own name (`<p>`, `<li>` …).
        static let optionalEnd = ElementKind(rawValue: 2)
        /// Holds text as paragraphs; may use the last `paragraphRoom` levels.
        static let paragraphLevel = ElementKind(rawValue: 4)
        /// Holds raw text up to its end tag, no children (`<script>`, `<style>` …).
        static let rawText = ElementKind(rawValue: 8)
    }

    /// The kinds of the elements that have one, by lowercase name.
    static let elementKinds: [String: ElementKind] = {
        var kinds: [String: ElementKind] = [:]
        func add(_ names: [String], _ kind: ElementKind) { for name in names { kinds[name, default: []].insert(kind) } }
        add(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
             "keygen", "basefont", "frame", "isindex"], .void)
        add(["p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "rb", "rt", "rp",
             "colgroup"], .optionalEnd)
        add(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "td", "th", "tr", "tbody",
             "table", "ul", "ol", "dl"], .paragraphLevel)
        add(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"], .rawText)
        return kinds
    }()

    /// The markup with over-deep tags removed, and how many start tags were removed.
    func flatten(_ bytes: [UInt8]) -> (bytes: [UInt8], removed: Int) {
        let (cuts, removed) = bytes.withUnsafeBufferPointer { self.cuts(in: $0) }
        guard removed > 0 else { return (bytes, 0) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var from = 0
        for cut in cuts {
            out.append(contentsOf: bytes[from..<cut.lowerBound])
            out.append(0x20)
            from = cut.upperBound
        }
        out.append(contentsOf: bytes[from...])
        return (out, removed)
    }

    /// The tags to remove from `bytes` (each range becomes one space), and how many start tags
    /// they hold.
    ///
    /// Every tag name is turned into a small number once (`TagTable`), so that the stack, the
    /// counts and the kind of element are read by index: with a packed name on the stack and the
    /// kinds looked up in short lists, the names and lists cost most of the 186 M instructions
    /// this pass took over the 181 test pages.
    func cuts(in bytes: UnsafeBufferPointer<UInt8>) -> (cuts: [Range<Int>], removed: Int) {
        guard let base = bytes.baseAddress else { return ([], 0) }
        let names = TagTable()
        // The stack never holds more than `maxDepth` names, and each name number has its two
        // counts: in buffers of their own, no push or count needs an array's checks.
        let stack = UnsafeMutablePointer<Int32>.allocate(capacity: max(1, maxDepth))
        var depth = 0
        /// For each name number, how many elements of it are on the stack (so stray end tags
        /// cost O(1)), then how many of its start tags were dropped.
        var counts = UnsafeMutablePointer<Int32>.allocate(capacity: 2 * 64)
        var numbered = 0, room = 64
        defer {
            stack.deallocate()
            counts.deallocate()
        }
        var cuts: [Range<Int>] = []
        var removed = 0
        let n = bytes.count
        var i = 0
        while i < n {
            if base[i] != 0x3C {
                guard let hit = memchr(base + i, 0x3C, n - i) else { break }
                i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            }
            guard i + 1 < n else { break }
            let next = base[i + 1]
            if next == 0x21 || next == 0x3F { // <! comment or doctype, <? processing instruction
                i = Self.skipComment(bytes, from: i)
                continue
            }
            let isEnd = next == 0x2F
            let nameStart = isEnd ? i + 2 : i + 1
            guard nameStart < n, Self.isLetter(base[nameStart]) else { i += 1; continue }
            var j = nameStart + 1
            while j < n, Self.isNameByte(base[j]) { j += 1 }
            let name = names.id(base, from: nameStart, to: j, readable: n)
            if name == numbered {
                if numbered == room {
                    let wider = UnsafeMutablePointer<Int32>.allocate(capacity: 4 * room)
                    wider.moveInitialize(from: counts, count: 2 * room)
                    counts.deallocate()
                    (counts, room) = (wider, 2 * room)
                }
                counts[2 * name] = 0
                counts[2 * name + 1] = 0
                numbered += 1
            }
            // Most tags end right after their name (`</div>`, `<p>`).
            let (tagEnd, selfClosing) = j < n && base[j] == 0x3E ? (j + 1, false) : Self.endOfTag(bytes, from: j)
            i = tagEnd
            if isEnd {
                if removed > 0 && counts[2 * name + 1] > 0 {
                    counts[2 * name + 1] -= 1
                    cuts.append(nameStart - 2..<tagEnd)
                } else if counts[2 * name] > 0 {
                    while depth > 0 {
                        depth -= 1
                        let top = Int(stack[depth])
                        counts[2 * top] -= 1
                        if top == name { break }
                    }
                }
                continue
            }
            let kind = names.kinds[name]
            if kind.contains(.rawText) {
                // No children: its text runs to its end tag, which the loop then ignores.
                i = Self.skipRawText(bytes, from: tagEnd, name: (nameStart..<j).map { base[$0] | 0x20 })
                continue
            }
            if kind.contains(.void) || selfClosing { continue }
            if kind.contains(.optionalEnd), depth > 0, Int(stack[depth - 1]) == name {
                depth -= 1
                counts[2 * name] -= 1
            }
            // Containers stop some levels early, so that the paragraphs inside the deepest one still
            // fit and keep their tags (a paragraph's text without its <p> would read as loose text).
            if depth >= maxDepth || (depth >= maxDepth - paragraphRoom && !kind.contains(.paragraphLevel)) {
                counts[2 * name + 1] += 1
                cuts.append(nameStart - 1..<tagEnd)
                removed += 1
            } else {
                stack[depth] = Int32(name)
                depth += 1
                counts[2 * name] += 1
            }
        }
        return (cuts, removed)
    }

    /// Index after the `>` that ends a tag whose name ends at `from` (quoted values skipped),
    /// and whether the tag ends with `/>`.
    ///
    /// Eight bytes at a time where eight are left: a word without `"`, `'` or `>` (inside a
    /// value, without its quote) changes nothing and is passed over whole, where reading every
    /// byte of the tags took a quarter of the pass.
    static func endOfTag(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> (Int, Bool) {
        guard let base = bytes.baseAddress else { return (bytes.count, false) }
        let raw = UnsafeRawPointer(base)
        let n = bytes.count
        var j = from
        var quote: UInt8 = 0
        while j < n {
            if j + 8 <= n {
                let word = raw.loadUnaligned(fromByteOffset: j, as: UInt64.self)
                let stops = quote != 0 ? ByteSearch.equalBytes(word, quote)
                    : ByteSearch.equalBytes(word, 0x22) | ByteSearch.equalBytes(word, 0x27) | ByteSearch.equalBytes(word, 0x3E)
                guard stops != 0 else { j += 8; continue }
                j += stops.trailingZeroBitCount >> 3
            }
            let b = base[j]
            if quote != 0 {
                if b == quote { quote = 0 }
            } else if b == 0x22 || b == 0x27 {
                quote = b
            } else if b == 0x3E {
                return (j + 1, j > from && base[j - 1] == 0x2F)
            }
            j += 1
        }
        return (n, false)
    }

    /// Index after a comment (`<!-- … -->`) or other `<!…>` / `<?…>` construct starting at `from`.
    static func skipComment(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        let n = bytes.count
        if from + 3 < n, bytes[from + 2] == 0x2D, bytes[from + 3] == 0x2D {
            var j = from + 4
            while j + 2 < n {
                if bytes[j] == 0x2D, bytes[j + 1] == 0x2D, bytes[j + 2] == 0x3E { return j + 3 }
                j += 1
            }
            return n
        }
        var j = from + 2
        while j < n, bytes[j] != 0x3E { j += 1 }
        return min(n, j + 1)
    }

    /// Index of the `<` of `</name` after raw text (script, style …) starting at `from`.
    static func skipRawText(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, name: [UInt8]) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let n = bytes.count
        var j = from
        while j + 1 + name.count < n {
            guard bytes[j] == 0x3C else {
                guard let hit = memchr(base + j, 0x3C, n - 1 - name.count - j) else { return n }
                j = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                continue
            }
            if bytes[j + 1] == 0x2F {
                var k = 0
                while k < name.count, bytes[j + 2 + k] | 0x20 == name[k] { k += 1 }
                if k == name.count { return j }
            }
            j += 1
        }
        return n
    }

    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always) static func isNameByte(_ b: UInt8) -> Bool {
        isLetter(b) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x3A || b == 0x5F
    }
}
