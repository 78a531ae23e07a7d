import CLibXML2
import Foundation

/// A flat, light copy of an HTML page: text blocks in reading order with the element tree
/// around them, read from libxml2's tolerant HTML parser.
///
/// Scripts, styles, forms, navigation and hidden elements are left out while walking. Block
/// elements whose class or id names them as furniture (`ClassHint`) are dropped after the walk,
/// unless they hold the article body or are the page itself: a `<body class="one-sidebar">`
/// must not take the article with it. The walk is iterative, so deep nesting cannot overflow
/// the stack.
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
        let document: htmlDocPtr? = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, length, nil, "UTF-8", options)
            }
        }
        guard let document else { return }
        defer { xmlFreeDoc(document) }
        if let root = xmlDocGetRootElement(document) { walk(root) }
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

    private enum Step {
        case enter(xmlNodePtr)
        case leave(HTMLTag)
    }

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

    private mutating func walk(_ root: xmlNodePtr) {
        var stack: [Step] = [.enter(root)]
        var children: [xmlNodePtr] = []
        while let step = stack.popLast() {
            switch step {
            case let .leave(tag):
                if tag.name == .a { anchorDepth -= 1 }
                if tag.isBlock {
                    flush()
                    elementStack.removeLast()
                    switch tag.name {
                    case .blockquote: blockquoteDepth -= 1
                    case .li: listItemDepth -= 1
                    case .table: tableDepth -= 1
                    default: break
                    }
                }
            case let .enter(node):
                switch node.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = node.pointee.content { appendText(content) }
                case XML_ELEMENT_NODE:
                    let tag = node.pointee.name.map { HTMLTag.of($0) } ?? HTMLTag.other
                    switch tag.name {
                    case .head: visitHead(node); continue
                    case .meta: readMeta(node); continue
                    case .title: title = title ?? readableText(node); continue
                    case .script:
                        if attribute(node, "type")?.lowercased().contains("ld+json") == true { jsonLD.append(textContent(node)) }
                        continue
                    case .html: if let lang = attribute(node, "lang") { language = lang }
                    case .link: if attribute(node, "rel")?.lowercased() == "canonical" { canonicalURL = attribute(node, "href") }
                    case .time: if let value = attribute(node, "datetime") { timeValues.append(value) }
                    default: break
                    }
                    if tag.isSkipped { continue }
                    if tag.name == .br {
                        pendingBreaks += 1
                        if pendingBreaks >= 2 { flush() } else { current.append(0x0A) }
                        continue
                    }
                    let names = attributes(node)
                    if names.hidden && !tag.isPage { continue }
                    let hint = names.values.isEmpty ? ClassHint() : classHint(names.values)
                    // Inline furniture (a share link, a caption span) goes at once; block furniture is
                    // judged after the walk, when its contents are known.
                    if hint.furniture && !tag.isBlock { continue }
                    if tag.name == .h1, h1 == nil { h1 = WhitespaceTrimming.trimmed(readableText(node)) }
                    if tag.isBlock {
                        flush()
                        let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                        elements.append(Element(tag: name, parent: elementStack.last ?? 0, hint: hint.score,
                                                furniture: (hint.furniture || tag.isFurniture) && !tag.isPage,
                                                body: hint.body))
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
                    stack.append(.leave(tag))
                    children.removeAll(keepingCapacity: true)
                    var child = node.pointee.children
                    while let c = child { children.append(c); child = c.pointee.next }
                    for c in children.reversed() { stack.append(.enter(c)) }
                default:
                    continue
                }
            }
        }
        flush()
    }

    /// Appends a text node's UTF-8 bytes, collapsing runs of white space to one space.
    ///
    /// Runs of bytes that are neither white space nor its lead bytes are copied in one go.
    private mutating func appendText(_ content: UnsafePointer<xmlChar>) {
        var lastWasSpace = current.isEmpty || current.last == 0x20 || current.last == 0x0A
        var added = 0
        var scalars = 0
        var p = content
        while p.pointee != 0 {
            let width = WhitespaceBytes.width(p)
            if width > 0 {
                if !lastWasSpace { current.append(0x20); lastWasSpace = true }
                p += width
                continue
            }
            // The run up to the next byte that may start white space (or the end).
            var q = p + 1
            while Self.plainTextByte(q.pointee) { q += 1 }
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

    private mutating func visitHead(_ head: xmlNodePtr) {
        var child = head.pointee.children
        while let node = child {
            defer { child = node.pointee.next }
            guard node.pointee.type == XML_ELEMENT_NODE, let namePtr = node.pointee.name else { continue }
            let tag = String(cString: namePtr).lowercased()
            switch tag {
            case "title": title = title ?? readableText(node)
            case "meta": readMeta(node)
            case "link":
                if attribute(node, "rel")?.lowercased() == "canonical" { canonicalURL = attribute(node, "href") }
            case "script":
                if attribute(node, "type")?.lowercased().contains("ld+json") == true { jsonLD.append(textContent(node)) }
            default: break
            }
        }
    }

    private mutating func readMeta(_ node: xmlNodePtr) {
        let key = (attribute(node, "property") ?? attribute(node, "name") ?? attribute(node, "itemprop"))?.lowercased()
        if let key, let value = attribute(node, "content") { metaTags.append((key, value)) }
        if let charset = attribute(node, "charset") { metaTags.append(("charset", charset)) }
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
    private func attributes(_ node: xmlNodePtr) -> (values: [String], hidden: Bool) {
        var values: [String] = []
        var hidden = false
        var attr = node.pointee.properties
        while let a = attr {
            defer { attr = a.pointee.next }
            guard let namePtr = a.pointee.name, let name = AttributeName.of(namePtr) else { continue }
            switch name {
            case .hint:
                if let value = attributeValue(a), !value.isEmpty { values.append(value.lowercased()) }
            case .hidden:
                hidden = true
            case .ariaHidden:
                if attributeValue(a)?.lowercased() == "true" { hidden = true }
            case .style:
                if let style = attributeValue(a), Self.styleHides(style) { hidden = true }
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

    /// The text of an attribute node (its text children joined).
    private func attributeValue(_ attr: UnsafeMutablePointer<xmlAttr>) -> String? {
        var child = attr.pointee.children
        guard child != nil else { return "" }
        var value = ""
        while let c = child {
            if let content = c.pointee.content { value += String(cString: content) }
            child = c.pointee.next
        }
        return value
    }

    private func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { hs_xml_free(value) }
        return String(cString: value)
    }

    /// The text of an element's text descendants outside scripts and styles (whose text
    /// `MarkupPruner` may have dropped), in document order, each run of blanks (space, tab,
    /// line feed, carriage return) cut to its first byte as `MarkupPruner` cuts them.
    private func readableText(_ node: xmlNodePtr) -> String {
        var bytes: [UInt8] = []
        var stack: [xmlNodePtr] = []
        var child = node.pointee.children
        while true {
            guard let current = child else {
                guard let parent = stack.popLast() else { break }
                child = parent.pointee.next
                continue
            }
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))))
                }
            case XML_ELEMENT_NODE:
                let tag = current.pointee.name.map { HTMLTag.of($0) } ?? HTMLTag.other
                if tag.name != .script && !Self.isStyle(current), current.pointee.children != nil {
                    stack.append(current)
                    child = current.pointee.children
                    continue
                }
            default:
                break
            }
            child = current.pointee.next
        }
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

    /// Whether the element is a `<style>` (libxml2 writes HTML names in lowercase).
    private static func isStyle(_ node: xmlNodePtr) -> Bool {
        guard let name = node.pointee.name else { return false }
        return strcmp(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self), "style") == 0
    }

    private func textContent(_ node: xmlNodePtr) -> String {
        guard let value = xmlNodeGetContent(node) else { return "" }
        defer { hs_xml_free(value) }
        return String(cString: value)
    }
}
