extension MarkupPruner {
    /// When `MarkupPruner` drops a blank run whole: text between two constructs that is only
    /// blanks (space, tab, line feed, carriage return), which libxml2 turns into a text node of
    /// its own. libxml2 spent a tenth of its parse on such runs (148,000 on the 181 test pages:
    /// the node, its copy, and `areBlanks` comparing the parent's name with 37 others, an answer
    /// that changes nothing with the default options), for nodes that nearly never change what
    /// the extractor reads.
    ///
    /// What such a node can change: `HTMLTree`'s walk appends at most one space to the current
    /// block (and only after text), which shows only if more text joins the block before the
    /// next flush trims the line (a flush trims every line's ends; a `<br>` ends the line);
    /// and the headline and title text (`readableText`), read blanks and all. So a run goes
    /// whole in three cases, none inside a possibly open `<h1>` or `<title>`:
    ///
    /// - Before a flush: blank runs, comments and end tags (which only close elements: they
    ///   neither open one nor add text) up to the start tag of a block element the walk enters
    ///   with a flush (`HTMLTree.blockTags` but `html` and `body`, which libxml2 may discard,
    ///   and with no `hidden`, `aria-hidden` or `style` attribute, which might hide it: the walk
    ///   skips a hidden element without a flush), or of a `<br>`, which the walk always reads.
    ///   Such an element lands in an element open when the run was read (end tags only close
    ///   them), or in an implied `<body>` (a block, so another flush), or in a new root element
    ///   after `</html>`, which the walk never reaches (and then no text follows the run at
    ///   all); the walk reached the run, so it reaches that element too.
    /// - At the end of the page (only blanks, comments and end tags after the run): the walk's
    ///   last flush trims the space.
    /// - Right after such a start tag (comments and other blank runs between): the walk has just
    ///   flushed, or ended a line with `<br>`, and a blank adds nothing to an empty block or
    ///   after a line break.
    ///
    /// The walk reads a headline's or title's text as it is, so no run goes while a `<h1>` or
    /// `<title>` may be open: from its start tag until as many end tags of its name have come
    /// as start tags. An end tag closes such an element unless an element whose end tags
    /// outrank it is open inside it (libxml2's `htmlAutoCloseOnClose` and its end priorities:
    /// `div`, table parts, `head`, `body`, `html`); once one starts inside, no run goes until the
    /// end of the page. When `NestingFlattener` later removes a start tag the run was left out
    /// for, it puts a space in its place, which the walk reads as the run would have been read.
    enum BlankRun {
        /// What an element name means for the blank runs around its tags.
        struct Role: OptionSet {
            let rawValue: UInt8

            /// A block the walk flushes on entering (`HTMLTree.blockTags` but `html` and `body`),
            /// unless hidden.
            static let block = Role(rawValue: 1)
            /// `<br>`: the walk ends the line or flushes, whatever its attributes.
            static let lineBreak = Role(rawValue: 2)
            /// `<h1>`, whose text `HTMLTree` reads blanks and all.
            static let headline = Role(rawValue: 4)
            /// `<title>`, the same.
            static let title = Role(rawValue: 8)
            /// End tags of this element outrank those of `h1` and `title` (libxml2's
            /// `htmlEndPriority`): open inside one, it keeps the end tag from closing it.
            static let blocksEndTags = Role(rawValue: 16)
        }

        /// One name of the role table: its lowercase bytes packed (see `packed`).
        struct Entry {
            var low: UInt64
            var high: UInt64
            var role: Role
        }

        /// The names with a role, grouped by length and first letter (see `group`); group `g`
        /// is `entries[starts[g]..<starts[g + 1]]`. Most names (`a`, `span`, `img` …) find an
        /// empty group, and no name more than eight others.
        static let entries: [Entry] = table.entries
        static let starts: [Int] = table.starts

        /// Names of at most 16 bytes starting with a letter: 16 lengths of 26 letters.
        static let groupCount = 16 * 26

        /// The group of a name of `count` bytes (1–16) whose first byte, `| 0x20`, is the letter `first`.
        @inline(__always) static func group(count: Int, first: UInt8) -> Int { (count - 1) * 26 + Int(first - 0x61) }

        /// `entries` and `starts`, built from the names and their roles.
        static let table: (entries: [Entry], starts: [Int]) = {
            var named: [String: Role] = [:]
            for name in HTMLTree.blockTags where name != "html" && name != "body" { named[name, default: []].insert(.block) }
            named["br", default: []].insert(.lineBreak)
            named["h1", default: []].insert(.headline)
            named["title", default: []].insert(.title)
            for name in ["div", "td", "th", "tr", "thead", "tbody", "tfoot", "table", "head", "body", "html"] {
                named[name, default: []].insert(.blocksEndTags)
            }
            var groups = [[Entry]](repeating: [], count: groupCount)
            for (name, role) in named {
                let bytes = Array(name.utf8)
                precondition(bytes.count >= 1 && bytes.count <= 16 && bytes[0] >= 0x61 && bytes[0] <= 0x7A, "role names start with a letter and have at most 16 bytes")
                let key = bytes.withUnsafeBufferPointer { packed($0.baseAddress!, from: 0, to: bytes.count) }
                groups[group(count: bytes.count, first: bytes[0])].append(Entry(low: key.low, high: key.high, role: role))
            }
            var starts = [0]
            for entries in groups { starts.append(starts[starts.count - 1] + entries.count) }
            return (groups.flatMap { $0 }, starts)
        }()

        /// The bytes `p[from..<to]` (at most 16), ASCII letters lowercased, in two words. Name
        /// bytes (letters, digits, `:`, `-`, `_`, `.`) are read with `| 0x20`: it lowercases
        /// the capitals, leaves digits, `:`, `-` and `.`, and turns `_` into 0x7F, which no name
        /// of the table holds.
        @inline(__always)
        static func packed(_ p: UnsafePointer<UInt8>, from: Int, to: Int) -> (low: UInt64, high: UInt64) {
            var low: UInt64 = 0, high: UInt64 = 0
            var k = from
            while k < to && k - from < 8 {
                low |= UInt64(p[k] | 0x20) << (8 * UInt64(k - from))
                k += 1
            }
            while k < to {
                high |= UInt64(p[k] | 0x20) << (8 * UInt64(k - from - 8))
                k += 1
            }
            return (low, high)
        }

        /// The role of the element named `p[from..<to]` (name bytes, any case).
        static func role(of p: UnsafePointer<UInt8>, from: Int, to: Int) -> Role {
            let count = to - from
            let first = count > 0 ? p[from] | 0x20 : 0
            guard count <= 16 && first >= 0x61 && first <= 0x7A else { return [] }
            let g = group(count: count, first: first)
            let start = starts[g], end = starts[g + 1]
            guard start < end else { return [] }
            let key = packed(p, from: from, to: to)
            for k in start..<end where entries[k].low == key.low && entries[k].high == key.high { return entries[k].role }
            return []
        }

        static let style = Array("style".utf8), hidden = Array("hidden".utf8), ariaHidden = Array("aria-hidden".utf8)

        /// Whether the attribute named `p[from..<to]` (name bytes, any case) is one that may hide
        /// its element from the walk (`hidden`, `aria-hidden`, `style`; see `HTMLTree.attributes`).
        @inline(__always)
        static func mayHide(_ p: UnsafePointer<UInt8>, from: Int, to: Int) -> Bool {
            let name: [UInt8]
            switch to - from {
            case 5: name = style
            case 6: name = hidden
            case 11: name = ariaHidden
            default: return false
            }
            for k in 0..<name.count where p[from + k] | 0x20 != name[k] { return false }
            return true
        }
    }
}
