import CLibXML2
import Foundation

/// What the walk of `HTMLTree` needs to know about an element name, found with one table
/// lookup on the name's bytes instead of a string comparison per rule.
struct HTMLTag: Sendable {
    /// Names the walk treats one by one.
    enum Name: Sendable {
        case head, meta, title, script, html, link, time, br, h1, a, blockquote, li, table, other
    }

    var name: Name
    /// Left out with everything inside (`HTMLTree.skippedTags`).
    var isSkipped: Bool
    /// A block-level element that holds text blocks (`HTMLTree.blockTags`).
    var isBlock: Bool
    /// The page itself (`HTMLTree.pageTags`).
    var isPage: Bool
    /// A table cell (`HTMLTree.cellTags`).
    var isCell: Bool
    /// Furniture whatever its names (`HTMLTree.furnitureTags`).
    var isFurniture: Bool

    /// The facts for the lowercase tag name `tag`.
    init(_ tag: String) {
        switch tag {
        case "head": name = .head
        case "meta": name = .meta
        case "title": name = .title
        case "script": name = .script
        case "html": name = .html
        case "link": name = .link
        case "time": name = .time
        case "br": name = .br
        case "h1": name = .h1
        case "a": name = .a
        case "blockquote": name = .blockquote
        case "li": name = .li
        case "table": name = .table
        default: name = .other
        }
        isSkipped = HTMLTree.skippedTags.contains(tag)
        isBlock = HTMLTree.blockTags.contains(tag)
        isPage = HTMLTree.pageTags.contains(tag)
        isCell = HTMLTree.cellTags.contains(tag)
        isFurniture = HTMLTree.furnitureTags.contains(tag)
    }

    /// The facts for every name the tag sets mention; other names have the facts of `other`.
    static let known: WordTable<HTMLTag> = {
        let special = ["head", "meta", "title", "script", "html", "link", "time", "br", "h1", "a", "blockquote", "li", "table"]
        let names = HTMLTree.skippedTags.union(HTMLTree.blockTags).union(HTMLTree.pageTags).union(HTMLTree.cellTags)
            .union(HTMLTree.furnitureTags).union(special)
        var table: [String: HTMLTag] = [:]
        for name in names { table[name] = HTMLTag(name) }
        return WordTable(table)
    }()

    /// The facts of a name none of the sets holds.
    static let other = HTMLTag("")

    /// The facts for the element name at `name` (NUL-terminated; libxml2's HTML parser writes
    /// names in lowercase ASCII, others are lowercased as a string first).
    static func of(_ name: UnsafePointer<xmlChar>) -> HTMLTag {
        let length = strlen(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self))
        if let tag = known[utf8: UnsafeBufferPointer(start: name, count: length)] { return tag }
        // Names outside the table: `other`, unless ASCII case folding makes them a known one.
        let bytes = UnsafeBufferPointer(start: name, count: length)
        guard bytes.contains(where: { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x80 }) else { return other }
        return HTMLTag(String(cString: name).lowercased())
    }
}
