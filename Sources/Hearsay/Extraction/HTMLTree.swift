import CLibXML2
import Foundation

/// A flat, light copy of an HTML page: text blocks in reading order with the element tree
/// around them, read from libxml2's tolerant HTML parser.
///
/// The walk follows the parser's events (element starts and ends, text) as they come
/// (`HTMLTree+Parser.swift`), in the order a walk of the tree libxml2 would build visits them:
/// building that tree, walking it and freeing it took a fifth of article extraction's
/// instructions. Scripts, styles, forms, navigation and hidden elements are left out while
/// walking. Block elements whose class or id names them as furniture (`ClassHint`) are dropped
/// after the walk, unless they hold the article body or are the page itself: a
/// `<body class="one-sidebar">` must not take the article with it. No step recurses, so deep
/// nesting cannot overflow the stack.
struct HTMLTree {
    /// One block-level element that holds text blocks.
    struct Element {
        var tag: String
        var parent: Int
        /// Class/id hint: positive for article-like names.
        var hint: Int
        /// The element's own names mark it as furniture.
        var furniture: Bool
        /// The element's own names mark it as the article body.
        var body: Bool
    }

    /// A run of text between block boundaries.
    struct Block {
        var text: String
        /// Innermost block-level element holding it.
        var element: Int
        var tag: String
        /// Characters (Unicode scalars) of text.
        var length: Int
        /// Characters of text inside links.
        var linkChars: Int
        var inBlockquote: Bool
        /// Text not directly inside a paragraph-like element (`<div>text</div>`).
        var isLoose: Bool
        /// Inside a `<li>`.
        var inListItem: Bool
        /// Inside a `<table>`.
        var inTable: Bool
        /// Words of text (runs of letters or digits).
        var words: Int
    }

    var elements: [Element] = [Element(tag: "#root", parent: -1, hint: 0, furniture: false, body: false)]
    var blocks: [Block] = []
    var title: String?
    var h1: String?
    var metaTags: [(key: String, value: String)] = []
    var jsonLD: [String] = []
    var language: String?
    var canonicalURL: String?
    var timeValues: [String] = []

    static let skippedTags: Set<String> = [
        "script", "style", "noscript", "iframe", "svg", "button", "select", "textarea", "template", "nav",
        "figcaption", "amp-ad", "amp-analytics", "canvas", "video", "audio", "object", "embed", "head", "input",
        "label", "dialog", "menu", "aside", "footer", "math", "picture",
    ]
    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dd", "dt",
        "blockquote", "pre", "table", "tr", "tbody", "thead", "body", "html", "header", "figure", "center",
        "address", "hr", "caption", "details", "summary", "fieldset", "form",
    ]
    /// Block elements that are furniture whatever their names (search and comment forms), unless
    /// they turn out to hold the article (ASP.NET pages wrap everything in one `<form>`).
    static let furnitureTags: Set<String> = ["form"]
    static let paragraphTags: WordTable<Void> = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "dd", "dt", "tr", "blockquote"]
    /// Table cells: a row's cells are read as one line, separated by spaces.
    static let cellTags: Set<String> = ["td", "th"]
    /// Elements never dropped for their names: the page itself.
    static let pageTags: Set<String> = ["html", "body", "#root"]

    /// Parses `html` with libxml2 (recovering from any error) and walks it.
    init(html: String) { self.init(markup: Array(html.utf8)) }

    /// Parses UTF-8 `markup` with libxml2 (recovering from any error) and walks it; with
    /// `prune`, what the walk never reads is dropped first (`MarkupPruner`). Callers that have
    /// pruned the markup already, and tests comparing, turn it off.
    init(markup: [UInt8], prune: Bool = true) {
        HTMLTree.initializeParser
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        if markup.isEmpty { return }
        var utf8 = Self.withoutNUL(markup)
        // Script and style text and most attributes are never read: libxml2 need not copy them.
        if prune { utf8 = MarkupPruner.prune(utf8) }
        let length = Int32(clamping: utf8.count)
        // libxml2 allocates from this thread's arena while it parses, the walk reads and the
        // document is freed (CLibXML2/arena.h); its per-thread globals exist before (the first call to
        // xmlResetLastError makes them), and its last error, copied into the arena, is cleared
        // before the arena goes.
        xmlResetLastError()
        hs_arena_begin()
        defer {
            xmlResetLastError()
            hs_arena_end()
        }
        parse(utf8, length: length, options: options)
        finishWalk()
        dropFurniture()
    }

    /// Sets libxml2 up once: its allocations go through the arena functions of CLibXML2/arena.h (plain
    /// malloc and free outside a page's parse), then the parser is initialised.
    static let initializeParser: Void = {
        _ = hs_arena_install()
        xmlInitParser()
    }()

    /// `markup` with its NUL bytes turned into spaces: libxml2 would stop at the first, and
    /// they never belong in text. Pages without one (nearly all) come back untouched after a
    /// `memchr`.
    static func withoutNUL(_ markup: [UInt8]) -> [UInt8] {
        let first: Int? = markup.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let hit = memchr(base, 0, buffer.count) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
        guard let first else { return markup }
        var utf8 = markup
        for i in first..<utf8.count where utf8[i] == 0 { utf8[i] = 0x20 }
        return utf8
    }

    /// What an open element is to the walk.
    enum OpenElement {
        /// Read: its end closes what its start opened (`leave`).
        case walked(HTMLTag)
        /// Left out with everything inside (its text still reaches its ancestors' captures).
        case skipped
        /// The page's `<head>`: its element children are read for the title and metadata.
        case head
    }

    /// The text of one element's descendants, gathered while the parse goes on, for a value
    /// read whole: a title or headline (`readable`: without the text of scripts and styles,
    /// each run of blanks cut to its first byte, as `MarkupPruner` cuts them), or a JSON-LD
    /// script (all its text).
    struct Capture {
        enum Target { case title, h1, jsonLD(Int) }
        var target: Target
        var readable: Bool
        /// `open.count` while the captured element is open.
        var depth: Int
        /// The depth of the script or style whose text a readable capture leaves out; 0 for none.
        var excludedAt = 0
        var bytes: [UInt8] = []
    }

    /// The elements open at this point of the parse, outermost first (see `startElement`).
    private var open: [OpenElement] = []
    /// How many elements libxml2's tree builder would hold open (its node stack), counting
    /// those outside the root's tree.
    private var nodeDepth = 0
    private var rootOpened = false
    /// Whether elements that start after the root ended become its last children: libxml2 links
    /// such an element to the document's first child, which is the root only when no doctype,
    /// comment or processing instruction came before it (else they are its siblings, never read).
    private var laterElementsJoinRoot = true
    /// Open elements outside the root's tree, whose events are ignored.
    private var outsideDepth = 0
    /// libxml2's tree builder would have stopped here (`maxNodeDepth`): later events are ignored.
    private var halted = false
    private var captures: [Capture] = []
    private var titleClaimed = false
    private var h1Claimed = false

    private var current: [UInt8] = []
    private var currentLinkChars = 0
    private var currentElement = 0
    private var elementStack: [Int] = [0]
    private var anchorDepth = 0
    private var blockquoteDepth = 0
    private var listItemDepth = 0
    private var tableDepth = 0
    private var pendingBreaks = 0
    /// Hints already worked out for a set of names: pages repeat the same classes many times.
    private var hintCache: [[String]: ClassHint] = [:]
    /// What each class token said on its own, for names not seen before (see `ClassHint`).
    private var tokenVerdicts: [String: ClassHint] = [:]

    /// The hint for an element's names, from the cache when seen before on this page.
    private mutating func classHint(_ names: [String]) -> ClassHint {
        if let cached = hintCache[names] { return cached }
        let hint = ClassHint(names: names, verdicts: &tokenVerdicts)
        hintCache[names] = hint
        return hint
    }

    /// Elements libxml2's tree builder holds open at most (`xmlParserMaxDepth`): it stops the
    /// parse at the next start, and the page's later text is lost (`NestingFlattener` keeps pages
    /// below it).
    static let maxNodeDepth = 256

    /// An element starts: `name` (HTML names in lowercase) with its attributes. Returns false
    /// when libxml2's tree builder would have stopped the parse here.
    mutating func startElement(_ name: UnsafePointer<xmlChar>, _ attributes: Attributes) -> Bool {
        if halted { return false }
        if nodeDepth > Self.maxNodeDepth {
            halted = true
            return false
        }
        nodeDepth += 1
        if outsideDepth > 0 {
            outsideDepth += 1
            return true
        }
        if nodeDepth == 1 && rootOpened && !laterElementsJoinRoot {
            outsideDepth = 1
            return true
        }
        rootOpened = true
        let tag = HTMLTag.of(name)
        let depth = open.count + 1
        if tag.name == .script || Self.isStyle(name) {
            for k in captures.indices where captures[k].readable && captures[k].excludedAt == 0 { captures[k].excludedAt = depth }
        }
        switch open.last {
        case .skipped?:
            open.append(.skipped)
        case .head?:
            readMetadata(tag, attributes, depth: depth)
            open.append(.skipped)
        default:
            open.append(enter(name, tag, attributes, depth: depth))
        }
        return true
    }

    /// The innermost open element ends.
    mutating func endElement() {
        guard !halted, nodeDepth > 0 else { return }
        nodeDepth -= 1
        if outsideDepth > 0 {
            outsideDepth -= 1
            return
        }
        // The root's end waits for the page's: elements may still join it (`laterElementsJoinRoot`).
        if nodeDepth == 0 && open.count == 1 { return }
        close()
    }

    /// Text (or a script's or style's raw text) inside the innermost open element; libxml2
    /// keeps none outside every element.
    mutating func characters(_ bytes: UnsafePointer<xmlChar>, _ count: Int) {
        guard !halted, nodeDepth > 0, outsideDepth == 0, count > 0 else { return }
        for k in captures.indices where captures[k].excludedAt == 0 {
            captures[k].bytes.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
        }
        if case .walked? = open.last { appendText(bytes, count) }
    }

    /// A comment or processing instruction: one outside every element before the root becomes
    /// the document's first child.
    mutating func documentNode() {
        if nodeDepth == 0 && !rootOpened { laterElementsJoinRoot = false }
    }

    /// A doctype: libxml2 puts it first among the document's children.
    mutating func doctype() { laterElementsJoinRoot = false }

    /// Closes every element still open (the root last) and ends the last block.
    private mutating func finishWalk() {
        while !open.isEmpty { close() }
        flush()
    }

    /// Ends the innermost open element: its captures are read, and what its start opened closes.
    private mutating func close() {
        let depth = open.count
        for k in captures.indices where captures[k].excludedAt == depth { captures[k].excludedAt = 0 }
        while let last = captures.last, last.depth == depth {
            captures.removeLast()
            store(last)
        }
        if case let .walked(tag)? = open.popLast() { leave(tag) }
    }

    /// What the start of an element the walk reads does; returns how its content is read.
    private mutating func enter(_ name: UnsafePointer<xmlChar>, _ tag: HTMLTag, _ attributes: Attributes, depth: Int) -> OpenElement {
        readMetadata(tag, attributes, depth: depth)
        switch tag.name {
        case .head: return .head
        case .meta, .title, .script: return .skipped
        case .html: if let lang = attributes.value("lang") { language = lang }
        case .time: if let value = attributes.value("datetime") { timeValues.append(value) }
        default: break
        }
        if tag.isSkipped { return .skipped }
        if tag.name == .br {
            pendingBreaks += 1
            if pendingBreaks >= 2 { flush() } else { current.append(0x0A) }
            return .skipped
        }
        let names = hints(attributes)
        if names.hidden && !tag.isPage { return .skipped }
        let hint = names.values.isEmpty ? ClassHint() : classHint(names.values)
        // Inline furniture (a share link, a caption span) goes at once; block furniture is
        // judged after the walk, when its contents are known.
        if hint.furniture && !tag.isBlock { return .skipped }
        if tag.name == .h1, !h1Claimed {
            h1Claimed = true
            captures.append(Capture(target: .h1, readable: true, depth: depth))
        }
        if tag.isBlock {
            flush()
            elements.append(Element(tag: String(cString: name).lowercased(), parent: elementStack.last ?? 0, hint: hint.score,
                                    furniture: (hint.furniture || tag.isFurniture) && !tag.isPage, body: hint.body))
            elementStack.append(elements.count - 1)
            switch tag.name {
            case .blockquote: blockquoteDepth += 1
            case .li: listItemDepth += 1
            case .table: tableDepth += 1
            default: break
            }
        }
        if tag.name == .a { anchorDepth += 1 }
        if tag.isCell, let last = current.last, last != 0x20, last != 0x0A { current.append(0x20) }
        return .walked(tag)
    }

    /// What the end of an element the walk reads closes.
    private mutating func leave(_ tag: HTMLTag) {
        if tag.name == .a { anchorDepth -= 1 }
        guard tag.isBlock else { return }
        flush()
        elementStack.removeLast()
        switch tag.name {
        case .blockquote: blockquoteDepth -= 1
        case .li: listItemDepth -= 1
        case .table: tableDepth -= 1
        default: break
        }
    }

    /// Appends a text node's UTF-8 bytes, collapsing runs of white space to one space.
    ///
    /// Runs of bytes that are neither white space nor its lead bytes are copied in one go.
    private mutating func appendText(_ content: UnsafePointer<xmlChar>, _ count: Int) {
        var lastWasSpace = current.isEmpty || current.last == 0x20 || current.last == 0x0A
        var added = 0
        var scalars = 0
        var p = content
        let end = content + count
        while p < end {
            let width = WhitespaceBytes.width(p, end)
            if width > 0 {
                if !lastWasSpace { current.append(0x20); lastWasSpace = true }
                p += width
                continue
            }
            // The run up to the next byte that may start white space (or the end).
            var q = p + 1
            while q < end && Self.plainTextByte(q.pointee) { q += 1 }
            let run = UnsafeBufferPointer(start: p, count: p.distance(to: q))
            current.append(contentsOf: run)
            for byte in run where byte & 0xC0 != 0x80 { scalars += 1 }
            added += run.count
            lastWasSpace = false
            p = q
        }
        guard added > 0 else { return }
        pendingBreaks = 0
        if anchorDepth > 0 { currentLinkChars += scalars }
        currentElement = elementStack.last ?? 0
    }

    /// Whether `byte` can neither be white space nor start it (nor end the string): ASCII other
    /// than controls and space, continuation bytes, and lead bytes other than those of the
    /// white space `WhitespaceBytes` knows (0xC2, 0xE1, 0xE2, 0xE3).
    @inline(__always) static func plainTextByte(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte != 0xC2 && (byte < 0xE1 || byte > 0xE3)
    }

    /// Ends the current block: its lines are trimmed, empty ones dropped.
    private mutating func flush() {
        pendingBreaks = 0
        // Most flushes find nothing, or only the spaces and line breaks between blocks.
        if !current.contains(where: { $0 != 0x20 && $0 != 0x0A }) {
            current.removeAll(keepingCapacity: true)
            currentLinkChars = 0
            return
        }
        defer {
            current.removeAll(keepingCapacity: true)
            currentLinkChars = 0
        }
        var length = 0
        var words = 0
        // Each kept line is copied whole; the count of scalars and words runs over the bytes
        // without appending them one at a time (which took half of this function's time).
        let out = current.withUnsafeBufferPointer { bytes in
            [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, written in
                var inWord = false
                var w = 0
                var lineStart = 0
                let count = bytes.count
                while lineStart < count {
                    var lineEnd = lineStart
                    while lineEnd < count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                    var a = lineStart, b = lineEnd
                    while a < b && bytes[a] == 0x20 { a += 1 }
                    while b > a && bytes[b - 1] == 0x20 { b -= 1 }
                    if a < b {
                        if w > 0 { buffer[w] = 0x0A; w += 1; length += 1; inWord = false }
                        (buffer.baseAddress! + w).initialize(from: bytes.baseAddress! + a, count: b - a)
                        w += b - a
                        for i in a..<b {
                            let byte = bytes[i]
                            if byte & 0xC0 != 0x80 { length += 1 }
                            let wordByte = byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
                            if wordByte && !inWord { words += 1 }
                            inWord = wordByte
                        }
                    }
                    lineStart = lineEnd + 1
                }
                written = w
            }
        }
        guard !out.isEmpty else { return }
        let element = currentElement
        let tag = elements[element].tag
        blocks.append(Block(text: String(decoding: out, as: UTF8.self), element: element, tag: tag, length: length,
                            linkChars: min(currentLinkChars, length), inBlockquote: blockquoteDepth > 0,
                            isLoose: !Self.paragraphTags.contains(tag), inListItem: listItemDepth > 0,
                            inTable: tableDepth > 0, words: words))
    }

    /// Drops the blocks of furniture elements, except those that hold the article body: an
    /// element named as the body, or more than half of the page's paragraph text.
    private mutating func dropFurniture() {
        guard elements.contains(where: \.furniture) else { return }
        var holdsBody = elements.map(\.body)
        var paragraphText = [Int](repeating: 0, count: elements.count)
        var totalParagraphText = 0
        for block in blocks where !block.isLoose && block.length >= 40 {
            paragraphText[block.element] += block.length
            totalParagraphText += block.length
        }
        for i in elements.indices.reversed() {
            let parent = elements[i].parent
            guard parent >= 0 else { continue }
            if holdsBody[i] { holdsBody[parent] = true }
            paragraphText[parent] += paragraphText[i]
        }
        var dropped = [Bool](repeating: false, count: elements.count)
        for i in elements.indices {
            let parent = elements[i].parent
            if parent >= 0 && dropped[parent] { dropped[i] = true; continue }
            guard elements[i].furniture else { continue }
            if holdsBody[i] || paragraphText[i] * 2 > totalParagraphText {
                elements[i].hint -= 25
            } else {
                dropped[i] = true
            }
        }
        blocks.removeAll { dropped[$0.element] }
    }

    /// What a title, `<meta>`, `<link>` or script element says of the page, wherever it is:
    /// the title, metadata, canonical link or JSON-LD (read at the element's end for the
    /// captured ones). An element child of `<head>` is read for this alone.
    private mutating func readMetadata(_ tag: HTMLTag, _ attributes: Attributes, depth: Int) {
        switch tag.name {
        case .title: claimTitle(depth)
        case .meta: readMeta(attributes)
        case .link:
            if attributes.value("rel")?.lowercased() == "canonical" { canonicalURL = attributes.value("href") }
        case .script:
            if Self.isJSONLD(attributes) { captureJSONLD(depth) }
        default: break
        }
    }

    private mutating func readMeta(_ attributes: Attributes) {
        let key = (attributes.value("property") ?? attributes.value("name") ?? attributes.value("itemprop"))?.lowercased()
        if let key, let value = attributes.value("content") { metaTags.append((key, value)) }
        if let charset = attributes.value("charset") { metaTags.append(("charset", charset)) }
    }

    /// Whether a script's `type` names JSON-LD (`ld+json` in any case). An ASCII value is
    /// searched on its bytes (Foundation's `contains` cost 6,000 instructions a script); any
    /// other goes through `lowercased()` and `contains`, which read it by characters.
    private static func isJSONLD(_ attributes: Attributes) -> Bool {
        guard let type = attributes.bytes("type") else { return false }
        guard type.allSatisfy({ $0 < 0x80 }) else { return String(decoding: type, as: UTF8.self).lowercased().contains("ld+json") }
        return type.indices.contains { ByteSearch.matches(type, at: $0, ldJSON) }
    }

    /// What a JSON-LD script's `type` holds (`MarkupPruner` keeps the text of such scripts alone).
    static let ldJSON = Array("ld+json".utf8)

    /// Reads the title element at `depth` as the page's title, unless an earlier one is.
    private mutating func claimTitle(_ depth: Int) {
        guard !titleClaimed else { return }
        titleClaimed = true
        captures.append(Capture(target: .title, readable: true, depth: depth))
    }

    /// Reads the JSON-LD script at `depth`, in its place among the page's JSON-LD.
    private mutating func captureJSONLD(_ depth: Int) {
        jsonLD.append("")
        captures.append(Capture(target: .jsonLD(jsonLD.count - 1), readable: false, depth: depth))
    }

    /// Stores what a capture gathered once its element ended.
    private mutating func store(_ capture: Capture) {
        switch capture.target {
        case .title: title = Self.foldingBlanks(capture.bytes)
        case .h1: h1 = WhitespaceTrimming.trimmed(Self.foldingBlanks(capture.bytes))
        case let .jsonLD(index): jsonLD[index] = String(decoding: capture.bytes, as: UTF8.self)
        }
    }

    /// `bytes` with each run of blanks (space, tab, line feed, carriage return) cut to its
    /// first byte, as `MarkupPruner` cuts them.
    private static func foldingBlanks(_ bytes: [UInt8]) -> String {
        var folded: [UInt8] = []
        folded.reserveCapacity(bytes.count)
        var previousBlank = false
        for b in bytes {
            let blank = MarkupPruner.isBlank(b)
            if !(blank && previousBlank) { folded.append(b) }
            previousBlank = blank
        }
        return String(decoding: folded, as: UTF8.self)
    }

    /// Whether the element named `name` is a `<style>` (libxml2 writes HTML names in lowercase).
    private static func isStyle(_ name: UnsafePointer<xmlChar>) -> Bool {
        strcmp(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self), "style") == 0
    }

    /// The attributes the walk reads, by their lowercase names.
    private enum AttributeName: Sendable {
        /// `class`, `id`, `role`, `itemprop`: names that hint at what the element is.
        case hint
        case hidden, ariaHidden, style

        static let table: WordTable<AttributeName> = WordTable([
            "class": .hint, "id": .hint, "role": .hint, "itemprop": .hint,
            "hidden": .hidden, "aria-hidden": .ariaHidden, "style": .style,
        ])

        /// The attribute named at `name` (NUL-terminated), if the walk reads it.
        static func of(_ name: UnsafePointer<xmlChar>) -> AttributeName? {
            let bytes = UnsafeBufferPointer(start: name, count: strlen(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self)))
            // libxml2's HTML parser writes attribute names in lowercase ASCII; others are lowercased first.
            guard bytes.contains(where: { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x80 }) else { return table[utf8: bytes] }
            return table[String(cString: name).lowercased()]
        }
    }

    /// The lowercased class, id, role and itemprop values of an element, and whether it is hidden.
    private func hints(_ attributes: Attributes) -> (values: [String], hidden: Bool) {
        var values: [String] = []
        var hidden = false
        attributes.forEach { namePointer, valuePointer in
            guard let name = AttributeName.of(namePointer) else { return }
            // An attribute without a value reads as empty, as libxml2's tree gives it.
            let value = { valuePointer.map { String(cString: $0) } ?? "" }
            switch name {
            case .hint:
                let text = value()
                if !text.isEmpty { values.append(text.lowercased()) }
            case .hidden:
                hidden = true
            case .ariaHidden:
                if value().lowercased() == "true" { hidden = true }
            case .style:
                if Self.styleHides(value()) { hidden = true }
            }
        }
        return (values, hidden)
    }

    /// Whether a `style` value hides the element (`display:none` or `visibility:hidden`, case
    /// and spaces ignored); ASCII values are checked on their bytes.
    static func styleHides(_ style: String) -> Bool {
        var copy = style
        let ascii: [UInt8]? = copy.withUTF8 { bytes in
            for b in bytes where b >= 0x80 { return nil }
            return bytes.compactMap { $0 == 0x20 ? nil : ($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) }
        }
        guard let ascii else {
            let folded = style.lowercased().replacingOccurrences(of: " ", with: "")
            return folded.contains("display:none") || folded.contains("visibility:hidden")
        }
        return BoilerplateFilter.contains(ascii, hiddenDisplay) || BoilerplateFilter.contains(ascii, hiddenVisibility)
    }

    static let hiddenDisplay = Array("display:none".utf8)
    static let hiddenVisibility = Array("visibility:hidden".utf8)
}
