/// Decides what a decoded input is: HTML, HTML whose markup is entity-encoded, or plain text.
public enum InputSniffer {
    /// The kinds of input Hearsay reads.
    public enum Kind: String, Sendable {
        case html, encodedHTML = "encoded-html", plainText = "text"
    }

    static let tagNames = ["p", "div", "span", "br", "html", "body", "head", "a", "article", "section", "h1", "h2", "h3",
                           "ul", "li", "script", "meta", "title", "table", "em", "strong", "blockquote", "img", "!doctype", "b", "i"]
    /// The tag names as ASCII bytes, for the byte-level scan.
    static let tagBytes: [[UInt8]] = tagNames.map { Array($0.utf8) }
    /// Which bytes start a tag name (indexed by byte value).
    static let tagFirstBytes: [Bool] = (0..<256).map { byte in tagBytes.contains { $0.first == UInt8(byte) } }
    /// `br/>` and `br />`, the self-closing breaks.
    static let selfClosingBreaks: [[UInt8]] = [Array("br/>".utf8), Array("br />".utf8)]
    /// Openings of entity-encoded markup (`<&sol;`, `&lt;/`, `&lt;p`, `&lt;div`, `&lt;br`).
    static let encodedAfterLess: [UInt8] = Array("&sol;".utf8)
    static let encodedAfterAmp: [[UInt8]] = ["lt;/", "lt;p", "lt;div", "lt;br"].map { Array($0.utf8) }

    /// Classifies `text` by counting real and entity-encoded tags in its first 64 KB.
    ///
    /// One pass over the bytes (ASCII case-folded): every `<` is tested against the known tag
    /// openings and closings, every `&` against the encoded openings. O(n · tags) in the worst
    /// case, with no allocation beyond the sample.
    public static func kind(of text: String) -> Kind {
        var sample = text.utf8.withContiguousStorageIfAvailable { Array($0.prefix(65536)) } ?? Array(text.utf8.prefix(65536))
        var encoded = 0
        var real = 0
        // One pass folds ASCII capitals and notes where `<` and `&` are: only they start
        // anything counted.
        let marks: [Int] = sample.withUnsafeMutableBufferPointer { buffer in
            var found: [Int] = []
            for k in 0..<buffer.count {
                let b = buffer[k]
                if b >= 0x41 && b <= 0x5A { buffer[k] = b | 0x20 } else if b == 0x3C || b == 0x26 { found.append(k) }
            }
            return found
        }
        for i in marks {
            let byte = sample[i]
            if byte == UInt8(ascii: "<") {
                if matches(sample, at: i + 1, encodedAfterLess) { encoded += 1 }
                real += realTags(sample, at: i)
            } else if byte == UInt8(ascii: "&") {
                for needle in encodedAfterAmp where matches(sample, at: i + 1, needle) { encoded += 1 }
            }
        }
        if encoded >= 2 && encoded * 2 >= real / 2 { return .encodedHTML }
        if real >= 2 || startsWith(sample, "<!doctype") || startsWith(sample, "<html") { return .html }
        return .plainText
    }

    /// How many known tag forms (`<t>`, `<t `, `</t>`, `<br/>`, `<br />`) start at `start` (a `<`).
    static func realTags(_ bytes: [UInt8], at start: Int) -> Int {
        var n = 0
        let closing = start + 1 < bytes.count && bytes[start + 1] == UInt8(ascii: "/")
        let nameStart = closing ? start + 2 : start + 1
        // Only a byte that starts some tag name can start a match.
        guard nameStart < bytes.count, tagFirstBytes[Int(bytes[nameStart])] else { return 0 }
        for tag in tagBytes where matches(bytes, at: nameStart, tag) {
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

    /// Whether `needle` occurs in `bytes` at `offset`.
    @inline(__always)
    static func matches(_ bytes: [UInt8], at offset: Int, _ needle: [UInt8]) -> Bool {
        guard offset >= 0, offset + needle.count <= bytes.count else { return false }
        for j in needle.indices where bytes[offset + j] != needle[j] { return false }
        return true
    }

    /// Whether the case-folded sample starts with the ASCII `prefix`.
    static func startsWith(_ bytes: [UInt8], _ prefix: String) -> Bool {
        matches(bytes, at: 0, Array(prefix.utf8))
    }
}
