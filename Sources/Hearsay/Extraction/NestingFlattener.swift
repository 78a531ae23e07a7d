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

    static let voidElements = TagSet(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                                                 "param", "source", "track", "wbr", "keygen", "basefont", "frame", "isindex"].map { TagName(Array($0.utf8)[...]) })
    static let optionalEnd = TagSet(["p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody",
                                               "tfoot", "rb", "rt", "rp", "colgroup"].map { TagName(Array($0.utf8)[...]) })
    /// Elements that hold text as paragraphs; they may use the last `paragraphRoom` levels.
    static let paragraphLevel = TagSet(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre",
                                                  "td", "th", "tr", "tbody", "table", "ul", "ol", "dl"].map { TagName(Array($0.utf8)[...]) })
    static let rawText = TagSet(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"].map { TagName(Array($0.utf8)[...]) })

    /// A tag name with every byte `| 0x20` (ASCII letters lowercased), packed into two words
    /// when it has at most 16 bytes (name bytes are never 0, so the zero padding is
    /// unambiguous): hashing and comparing it allocates nothing. Longer names keep their bytes.
    struct TagName: Hashable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var long: [UInt8]?

        init(_ bytes: ArraySlice<UInt8>) {
            guard bytes.count <= 16 else { long = bytes.map { $0 | 0x20 }; return }
            for (k, b) in bytes.enumerated() {
                let folded = UInt64(b | 0x20)
                if k < 8 { low |= folded << (8 * UInt64(k)) } else { high |= folded << (8 * UInt64(k - 8)) }
            }
        }
    }

    /// A few short tag names, searched by comparing packed words: for sets this small a scan
    /// costs less than hashing.
    struct TagSet {
        let names: [TagName]

        init(_ names: [TagName]) { self.names = names }

        func contains(_ name: TagName) -> Bool {
            guard name.long == nil else { return names.contains(name) }
            for candidate in names where candidate.low == name.low && candidate.high == name.high && candidate.long == nil {
                return true
            }
            return false
        }
    }

    /// A count per tag name, in an open-addressing table keyed by the packed name (names over
    /// 16 bytes in a dictionary): the flattener updates one for every tag of the page.
    struct TagCounts {
        private var lows: [UInt64]
        private var highs: [UInt64]
        /// -1 marks an empty slot.
        private var counts: [Int]
        private var used = 0
        private var long: [TagName: Int] = [:]

        init() {
            lows = [UInt64](repeating: 0, count: 64)
            highs = lows
            counts = [Int](repeating: -1, count: 64)
        }

        /// The count of `name`, 0 when it has none.
        subscript(name: TagName) -> Int {
            get {
                if name.long != nil { return long[name, default: 0] }
                let slot = self.slot(name.low, name.high)
                return counts[slot] < 0 ? 0 : counts[slot]
            }
            set {
                if name.long != nil { long[name] = newValue; return }
                set(name.low, name.high, newValue)
            }
        }

        /// Sets the count of the packed name `low`, `high`.
        private mutating func set(_ low: UInt64, _ high: UInt64, _ count: Int) {
            var slot = self.slot(low, high)
            if counts[slot] < 0 {
                if (used + 1) * 2 > counts.count { grow(); slot = self.slot(low, high) }
                lows[slot] = low
                highs[slot] = high
                used += 1
            }
            counts[slot] = count
        }

        /// The slot holding the packed name `low`, `high`, or the empty slot where it goes.
        private func slot(_ low: UInt64, _ high: UInt64) -> Int {
            let mask = counts.count - 1
            var h = (low ^ (high &* 0x9E37_79B9_7F4A_7C15)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 29
            var slot = Int(truncatingIfNeeded: h) & mask
            while counts[slot] >= 0 && (lows[slot] != low || highs[slot] != high) { slot = (slot + 1) & mask }
            return slot
        }

        /// Doubles the table.
        private mutating func grow() {
            let old = (lows, highs, counts)
            lows = [UInt64](repeating: 0, count: old.2.count * 2)
            highs = lows
            counts = [Int](repeating: -1, count: old.2.count * 2)
            used = 0
            for k in old.2.indices where old.2[k] >= 0 { set(old.0[k], old.1[k], old.2[k]) }
        }
    }

    /// The markup with over-deep tags removed, and how many start tags were removed.
    func flatten(_ bytes: [UInt8]) -> (bytes: [UInt8], removed: Int) {
        var stack: [TagName] = []
        /// How many elements of each name are on the stack (so stray end tags cost O(1)).
        var open = TagCounts()
        var dropped = TagCounts()
        var cuts: [Range<Int>] = []
        var removed = 0
        let n = bytes.count
        var i = 0
        func pop() {
            let name = stack.removeLast()
            open[name] -= 1
        }
        while i < n {
            guard bytes[i] == 0x3C else { i = ByteSearch.next(0x3C, in: bytes, from: i, to: n); continue }
            guard i + 1 < n else { i += 1; continue }
            let next = bytes[i + 1]
            if next == 0x21 || next == 0x3F { // <! comment or doctype, <? processing instruction
                i = Self.skipComment(bytes, from: i)
                continue
            }
            let isEnd = next == 0x2F
            let nameStart = isEnd ? i + 2 : i + 1
            var j = nameStart
            while j < n, Self.isNameByte(bytes[j]) { j += 1 }
            guard j > nameStart, Self.isLetter(bytes[nameStart]) else { i += 1; continue }
            let name = TagName(bytes[nameStart..<j])
            let (tagEnd, selfClosing) = Self.endOfTag(bytes, from: j)
            i = tagEnd
            if isEnd {
                if removed > 0 && dropped[name] > 0 {
                    dropped[name] -= 1
                    cuts.append(nameStart - 2..<tagEnd)
                } else if open[name] > 0 {
                    while let top = stack.last { pop(); if top == name { break } }
                }
                continue
            }
            if Self.rawText.contains(name) {
                // No children: its text runs to its end tag, which the loop then ignores.
                i = Self.skipRawText(bytes, from: tagEnd, name: bytes[nameStart..<j].map { $0 | 0x20 })
                continue
            }
            if Self.voidElements.contains(name) || selfClosing { continue }
            if Self.optionalEnd.contains(name), stack.last == name { pop() }
            // Containers stop some levels early, so that the paragraphs inside the deepest one still
            // fit and keep their tags (a paragraph's text without its <p> would read as loose text).
            // (The set is searched only that deep: most tags are far shallower.)
            if stack.count >= maxDepth || (stack.count >= maxDepth - paragraphRoom && !Self.paragraphLevel.contains(name)) {
                dropped[name] += 1
                cuts.append(nameStart - 1..<tagEnd)
                removed += 1
            } else {
                stack.append(name)
                open[name] += 1
            }
        }
        guard removed > 0 else { return (bytes, 0) }
        var out: [UInt8] = []
        out.reserveCapacity(n)
        var from = 0
        for cut in cuts {
            out.append(contentsOf: bytes[from..<cut.lowerBound])
            out.append(0x20)
            from = cut.upperBound
        }
        out.append(contentsOf: bytes[from...])
        return (out, removed)
    }

    /// Index after the `>` that ends a tag whose name ends at `from` (quoted values skipped),
    /// and whether the tag ends with `/>`.
    static func endOfTag(_ bytes: [UInt8], from: Int) -> (Int, Bool) {
        var j = from
        var quote: UInt8 = 0
        while j < bytes.count {
            let b = bytes[j]
            if quote != 0 {
                if b == quote { quote = 0 }
            } else if b == 0x22 || b == 0x27 {
                quote = b
            } else if b == 0x3E {
                return (j + 1, j > from && bytes[j - 1] == 0x2F)
            }
            j += 1
        }
        return (bytes.count, false)
    }

    /// Index after a comment (`<!-- … -->`) or other `<!…>` / `<?…>` construct starting at `from`.
    static func skipComment(_ bytes: [UInt8], from: Int) -> Int {
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
    static func skipRawText(_ bytes: [UInt8], from: Int, name: [UInt8]) -> Int {
        let n = bytes.count
        var j = from
        while j + 1 + name.count < n {
            guard bytes[j] == 0x3C else { j = ByteSearch.next(0x3C, in: bytes, from: j, to: n - 1 - name.count); continue }
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
