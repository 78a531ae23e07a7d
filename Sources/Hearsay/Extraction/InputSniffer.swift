import Foundation

/// Decides what a decoded input is: HTML, HTML whose markup is entity-encoded, or plain text.
public enum InputSniffer {
    /// The kinds of input Hearsay reads.
    public enum Kind: String, Sendable {
        case html, encodedHTML = "encoded-html", plainText = "text"
    }

    static let tagNames = ["p", "div", "span", "br", "html", "body", "head", "a", "article", "section", "h1", "h2", "h3",
                           "ul", "li", "script", "meta", "title", "table", "em", "strong", "blockquote", "img", "!doctype", "b", "i"]
    /// The tag names as ASCII bytes, grouped by their first byte (indexed by byte value), so
    /// that a `<` is tested only against the names its next byte can start.
    static let tagsByFirstByte: [[[UInt8]]] = (0..<256).map { byte in
        tagNames.map { Array($0.utf8) }.filter { $0.first == UInt8(byte) }
    }
    /// `br/>` and `br />`, the self-closing breaks.
    static let selfClosingBreaks: [[UInt8]] = [Array("br/>".utf8), Array("br />".utf8)]
    /// Openings of entity-encoded markup (`<&sol;`, `&lt;/`, `&lt;p`, `&lt;div`, `&lt;br`).
    static let encodedAfterLess: [UInt8] = Array("&sol;".utf8)
    static let encodedAfterAmp: [[UInt8]] = ["lt;/", "lt;p", "lt;div", "lt;br"].map { Array($0.utf8) }

    /// Classifies `text` by counting real and entity-encoded tags in its first 64 KB.
    ///
    /// Every `<` (found with `memchr`) is tested against the known tag openings and closings,
    /// every `&` against the encoded openings, ASCII letters compared without case. O(n · tags)
    /// in the worst case, with no allocation.
    public static func kind(of text: String) -> Kind {
        var text = text
        return text.withUTF8 { whole in
            kind(ofSample: UnsafeBufferPointer(rebasing: whole.prefix(65536)))
        }
    }

    /// `kind(of:)` on the first 64 KB of a text's UTF-8 bytes.
    static func kind(ofSample sample: UnsafeBufferPointer<UInt8>) -> Kind {
        var encoded = 0
        var real = 0
        for i in positions(of: 0x3C, in: sample) {
            if matches(sample, at: i + 1, encodedAfterLess) { encoded += 1 }
            real += realTags(sample, at: i)
        }
        for i in positions(of: 0x26, in: sample) {
            for needle in encodedAfterAmp where matches(sample, at: i + 1, needle) { encoded += 1 }
        }
        if encoded >= 2 && encoded * 2 >= real / 2 { return .encodedHTML }
        if real >= 2 || matches(sample, at: 0, Array("<!doctype".utf8)) || matches(sample, at: 0, Array("<html".utf8)) { return .html }
        return .plainText
    }

    /// The offsets of `byte` in `bytes`, found with `memchr`.
    static func positions(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        guard let base = bytes.baseAddress else { return [] }
        var found: [Int] = []
        var p = UnsafeRawPointer(base)
        let end = UnsafeRawPointer(base + bytes.count)
        while p < end, let hit = memchr(p, Int32(byte), end - p) {
            found.append(UnsafeRawPointer(hit) - UnsafeRawPointer(base))
            p = UnsafeRawPointer(hit) + 1
        }
        return found
    }

    /// How many known tag forms (`<t>`, `<t `, `</t>`, `<br/>`, `<br />`) start at `start` (a `<`).
    static func realTags(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
        var n = 0
        let closing = start + 1 < bytes.count && bytes[start + 1] == UInt8(ascii: "/")
        let nameStart = closing ? start + 2 : start + 1
        guard nameStart < bytes.count else { return 0 }
        for tag in tagsByFirstByte[Int(folded(bytes[nameStart]))] where matches(bytes, at: nameStart, tag) {
            let after = nameStart + tag.count
            guard after < bytes.count else { continue }
            let next = bytes[after]
            if next == UInt8(ascii: ">") || (!closing && next == UInt8(ascii: " ")) { n += 1 }
        }
        if !closing, matches(bytes, at: start + 1, selfClosingBreaks[0]) || matches(bytes, at: start + 1, selfClosingBreaks[1]) {
            n += 1
        }
        return n
    }

    /// ASCII capitals lowercased; other bytes as they are.
    @inline(__always)
    static func folded(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// Whether the lowercase ASCII `needle` occurs in `bytes` at `offset`, ASCII letters compared without case.
    @inline(__always)
    static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, _ needle: [UInt8]) -> Bool {
        guard offset >= 0, offset + needle.count <= bytes.count else { return false }
        for j in needle.indices where folded(bytes[offset + j]) != needle[j] { return false }
        return true
    }
}
