import CLibXML2
import Foundation

/// A flat, light copy of an HTML page: text blocks in reading order with the element tree
/// around them, read from libxml2's tolerant HTML parser.
///
/// Scripts, styles, forms, figures and elements whose class or id names them as ads or site
/// furniture are left out while walking. The walk is iterative, so deep nesting cannot overflow
/// the stack.
struct HTMLTree {
    /// One element that holds text blocks.
    struct Element {
        var tag: String
        var parent: Int
        /// Class/id hint: positive for article-like names, negative for furniture.
        var hint: Int
    }

    /// A run of text between block boundaries.
    struct Block {
        var text: String
        /// Innermost block-level element holding it.
        var element: Int
        var tag: String
        var linkChars: Int
        var inBlockquote: Bool
        var isLoose: Bool
    }

    var elements: [Element] = [Element(tag: "#root", parent: -1, hint: 0)]
    var blocks: [Block] = []
    var title: String?
    var h1: String?
    var metaTags: [(key: String, value: String)] = []
    var jsonLD: [String] = []
    var language: String?
    var canonicalURL: String?
    var timeValues: [String] = []

    static let skippedTags: Set<String> = [
        "script", "style", "noscript", "iframe", "svg", "form", "button", "select", "textarea", "template", "nav",
        "figcaption", "amp-ad", "amp-analytics", "canvas", "video", "audio", "object", "embed", "head", "input",
        "label", "dialog", "menu", "aside", "footer", "math", "picture",
    ]
    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dd", "dt",
        "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead", "body", "html", "header", "figure", "center",
        "address", "hr", "caption", "details", "summary", "fieldset",
    ]
    static let paragraphTags: Set<String> = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "dd", "dt", "td", "th", "blockquote"]

    static let furnitureTokens: Set<String> = [
        "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adsbygoogle", "adslot", "adunit", "wpa", "wpcnt",
        "wordads", "sponsored", "promo", "promotion", "share", "sharing", "sharedaddy", "social", "newsletter", "subscribe",
        "subscription", "related", "recommended", "comments", "comment", "cookie", "cookies", "consent", "sidebar", "widget",
        "breadcrumb", "breadcrumbs", "menu", "navbar", "nav", "navigation", "footer", "masthead", "popup", "modal",
        "outbrain", "taboola", "jp-relatedposts", "caption", "credit", "credits", "byline", "dateline", "tags", "tag-list",
        "author-bio", "signup", "paywall", "skip-link", "print-only", "hidden", "sr-only", "visually-hidden", "disqus",
        "toolbar", "pagination", "pager", "trending", "most-popular", "mostread", "more-stories", "read-more", "readmore",
        "inline-ad", "ad-container", "ad-slot", "ad-wrapper", "wp-caption-text", "screen-reader-text", "sharing-buttons",
    ]
    static let articleTokens: Set<String> = [
        "article", "content", "entry", "post", "story", "body", "text", "main", "article-body", "articlebody",
        "story-body", "entry-content", "post-content", "article-content", "post-body", "story-content", "articletext",
    ]

    /// Parses `html` with libxml2 (recovering from any error) and walks it.
    init(html: String) { self.init(markup: Array(html.utf8)) }

    /// Parses UTF-8 `markup` with libxml2 (recovering from any error) and walks it.
    init(markup: [UInt8]) {
        HTMLTree.initializeParser
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        var utf8 = markup
        if utf8.isEmpty { return }
        // libxml2 stops at NUL bytes: they never belong in text.
        for i in utf8.indices where utf8[i] == 0 { utf8[i] = 0x20 }
        let length = Int32(clamping: utf8.count)
        let document: htmlDocPtr? = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, length, nil, "UTF-8", options)
            }
        }
        guard let document else { return }
        defer { xmlFreeDoc(document) }
        if let root = xmlDocGetRootElement(document) { walk(root) }
    }

    static let initializeParser: Void = { xmlInitParser() }()

    private enum Step {
        case enter(xmlNodePtr, parent: Int)
        case leave(tag: String)
    }

    private var current = ""
    private var currentLinkChars = 0
    private var currentElement = 0
    private var elementStack: [Int] = [0]
    private var anchorDepth = 0
    private var blockquoteDepth = 0
    private var pendingBreaks = 0

    private mutating func walk(_ root: xmlNodePtr) {
        var stack: [Step] = [.enter(root, parent: 0)]
        while let step = stack.popLast() {
            switch step {
            case let .leave(tag):
                if tag == "a" { anchorDepth -= 1 }
                if Self.blockTags.contains(tag) || tag == "blockquote" {
                    flush()
                    elementStack.removeLast()
                    if tag == "blockquote" { blockquoteDepth -= 1 }
                }
            case let .enter(node, _):
                switch node.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = node.pointee.content { appendText(String(cString: content)) }
                case XML_ELEMENT_NODE:
                    let tag = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                    if tag == "html", let lang = attribute(node, "lang") { language = lang }
                    if tag == "title" { title = title ?? textContent(node) }
                    if tag == "meta" { readMeta(node); continue }
                    if tag == "link", attribute(node, "rel")?.lowercased() == "canonical" { canonicalURL = attribute(node, "href") }
                    if tag == "script", attribute(node, "type")?.lowercased().contains("ld+json") == true {
                        jsonLD.append(textContent(node))
                    }
                    if tag == "time", let value = attribute(node, "datetime") { timeValues.append(value) }
                    if tag == "head" { visitHead(node); continue }
                    if Self.skippedTags.contains(tag) { continue }
                    let hint = classHint(node)
                    if hint <= -50 { continue }
                    if tag == "br" {
                        pendingBreaks += 1
                        if pendingBreaks >= 2 { flush() } else { current.append("\n") }
                        continue
                    }
                    if tag == "h1", h1 == nil { h1 = textContent(node).trimmingCharacters(in: .whitespacesAndNewlines) }
                    let isBlock = Self.blockTags.contains(tag)
                    if isBlock {
                        flush()
                        elements.append(Element(tag: tag, parent: elementStack.last ?? 0, hint: hint))
                        elementStack.append(elements.count - 1)
                        if tag == "blockquote" { blockquoteDepth += 1 }
                    }
                    if tag == "a" { anchorDepth += 1 }
                    stack.append(.leave(tag: tag))
                    var children: [xmlNodePtr] = []
                    var child = node.pointee.children
                    while let c = child { children.append(c); child = c.pointee.next }
                    for c in children.reversed() { stack.append(.enter(c, parent: elementStack.last ?? 0)) }
                default:
                    continue
                }
            }
        }
        flush()
    }

    private mutating func appendText(_ raw: String) {
        var collapsed = ""
        collapsed.reserveCapacity(raw.utf8.count)
        var lastWasSpace = current.isEmpty || current.last == " " || current.last == "\n"
        for scalar in raw.unicodeScalars {
            if scalar.properties.isWhitespace && scalar != "\u{00A0}" {
                if !lastWasSpace { collapsed.append(" "); lastWasSpace = true }
            } else {
                collapsed.unicodeScalars.append(scalar)
                lastWasSpace = false
            }
        }
        if collapsed.isEmpty || collapsed == " " {
            if !collapsed.isEmpty, !current.isEmpty, current.last != " ", current.last != "\n" { current.append(" ") }
            return
        }
        pendingBreaks = 0
        current += collapsed
        if anchorDepth > 0 { currentLinkChars += collapsed.count }
        currentElement = elementStack.last ?? 0
    }

    private mutating func flush() {
        pendingBreaks = 0
        let lines = current.split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let text = lines.joined(separator: "\n")
        if !text.isEmpty {
            let element = currentElement
            let tag = elements[element].tag
            blocks.append(Block(text: text, element: element, tag: tag, linkChars: currentLinkChars,
                                inBlockquote: blockquoteDepth > 0, isLoose: !Self.paragraphTags.contains(tag)))
        }
        current = ""
        currentLinkChars = 0
    }

    private mutating func visitHead(_ head: xmlNodePtr) {
        var child = head.pointee.children
        while let node = child {
            defer { child = node.pointee.next }
            guard node.pointee.type == XML_ELEMENT_NODE, let namePtr = node.pointee.name else { continue }
            let tag = String(cString: namePtr).lowercased()
            switch tag {
            case "title": title = title ?? textContent(node)
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

    private func classHint(_ node: xmlNodePtr) -> Int {
        let names = [attribute(node, "class"), attribute(node, "id"), attribute(node, "role"), attribute(node, "itemprop")]
            .compactMap { $0?.lowercased() }
        if names.isEmpty { return 0 }
        if let style = attribute(node, "style")?.lowercased().replacingOccurrences(of: " ", with: ""),
           style.contains("display:none") || style.contains("visibility:hidden") { return -100 }
        if attribute(node, "hidden") != nil || attribute(node, "aria-hidden") == "true" { return -100 }
        var hint = 0
        for name in names {
            for token in name.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                let token = String(token)
                if Self.furnitureTokens.contains(token) { return -100 }
                let parts = token.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
                if parts.contains(where: { $0 == "ad" || $0 == "ads" || $0 == "advert" || $0 == "advertisement" || $0 == "sponsored"
                    || $0 == "newsletter" || $0 == "promo" || $0 == "related" || $0 == "share" || $0 == "social"
                    || $0 == "comments" || $0 == "subscribe" || $0 == "sidebar" || $0 == "wordads" || $0 == "outbrain"
                    || $0 == "taboola" || $0 == "recirc" || $0 == "byline" || $0 == "caption" }) { return -100 }
                if Self.articleTokens.contains(token) || parts.contains(where: { Self.articleTokens.contains($0) }) { hint += 25 }
            }
        }
        if names.contains("articlebody") { hint += 50 }
        return hint
    }

    private func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { hs_xml_free(value) }
        return String(cString: value)
    }

    private func textContent(_ node: xmlNodePtr) -> String {
        guard let value = xmlNodeGetContent(node) else { return "" }
        defer { hs_xml_free(value) }
        return String(cString: value)
    }
}
