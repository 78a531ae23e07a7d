import Foundation

/// Decides what a decoded input is: HTML, HTML whose markup is entity-encoded, or plain text.
public enum InputSniffer {
    /// The kinds of input Hearsay reads.
    public enum Kind: String, Sendable {
        case html, encodedHTML = "encoded-html", plainText = "text"
    }

    static let tagNames = ["p", "div", "span", "br", "html", "body", "head", "a", "article", "section", "h1", "h2", "h3",
                           "ul", "li", "script", "meta", "title", "table", "em", "strong", "blockquote", "img", "!doctype", "b", "i"]
    /// The longest tag name's length.
    static let longestName = tagNames.map(\.utf8.count).max()!
    /// The tag names packed (`packed(_:from:to:)`), grouped by length (indexed by length).
    static let packedNamesByLength: [[PackedName]] = (0...longestName).map { length in
        tagNames.filter { $0.utf8.count == length }.map { name in
            let bytes = Array(name.utf8)
            return bytes.withUnsafeBufferPointer { packed($0, from: 0, to: bytes.count) }
        }
    }
    /// The names of at most seven bytes, packed (their low words), eight slots a length (from
    /// `8 * length`); the slots a length has no name for hold `UInt64.max`, which no name under
    /// eight bytes packs to (its top byte is zero).
    static let shortNames: [UInt64] = (0..<64).map { slot in
        let named = packedNamesByLength[slot / 8]
        return slot % 8 < named.count ? named[slot % 8].low : UInt64.max
    }
    /// `br/>` and `br />`, the self-closing breaks.
    static let selfClosingBreaks: [[UInt8]] = [Array("br/>".utf8), Array("br />".utf8)]
    /// Openings of entity-encoded markup (`<&sol;`, `&lt;/`, `&lt;p`, `&lt;div`, `&lt;br`).
    static let encodedAfterLess: [UInt8] = Array("&sol;".utf8)
    static let encodedAfterAmp: [[UInt8]] = ["lt;/", "lt;p", "lt;div", "lt;br"].map { Array($0.utf8) }

    /// Up to 16 bytes of a name, ASCII letters lowercased, in two little-endian words.
    struct PackedName: Equatable {
        var low: UInt64 = 0
        var high: UInt64 = 0
    }

    /// Classifies `text` by counting real and entity-encoded tags in its first 64 KB.
    ///
    /// Every `<` (found with `memchr`) is tested against the known tag openings and closings,
    /// every `&` against the encoded openings, ASCII letters compared without case. O(n) with
    /// no allocation.
    public static func kind(of text: String) -> Kind {
        var text = text
        return text.withUTF8 { whole in
            kind(ofSample: UnsafeBufferPointer(rebasing: whole.prefix(65536)))
        }
    }

    /// `kind(of:)` on the first 64 KB of a text's UTF-8 bytes.
    static func kind(ofSample sample: UnsafeBufferPointer<UInt8>) -> Kind {
        guard let base = sample.baseAddress else { return .plainText }
        var encoded = 0
        var real = 0
        var i = 0
        while i < sample.count, let hit = memchr(base + i, 0x3C, sample.count - i) {
            i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if i + 1 < sample.count, sample[i + 1] == UInt8(ascii: "&"), ByteSearch.matches(sample, at: i + 1, encodedAfterLess) { encoded += 1 }
            real += realTags(sample, at: i)
            i += 1
        }
        i = 0
        while i < sample.count, let hit = memchr(base + i, 0x26, sample.count - i) {
            i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if i + 1 < sample.count, ByteSearch.folded(sample[i + 1]) == UInt8(ascii: "l") {
                for needle in encodedAfterAmp where ByteSearch.matches(sample, at: i + 1, needle) { encoded += 1 }
            }
            i += 1
        }
        if encoded >= 2 && encoded * 2 >= real / 2 { return .encodedHTML }
        if real >= 2 || ByteSearch.matches(sample, at: 0, Array("<!doctype".utf8)) || ByteSearch.matches(sample, at: 0, Array("<html".utf8)) { return .html }
        return .plainText
    }

    /// How many known tag forms (`<t>`, `<t `, `</t>`, `<br/>`, `<br />`) start at `start` (a `<`).
    ///
    /// No tag name holds `>` or a space, so a name followed by one of them is the whole run of
    /// bytes before the first `>` or space: that run (at most `longestName` bytes) is packed
    /// once and compared with the names of its length, where testing every name of the same
    /// first byte took 234 instructions a `<` (30 M over the 181 test pages). Most runs end within
    /// the eight bytes after the `<`: those are found, lowercased and packed on one word.
    static func realTags(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
        var n = 0
        let closing = start + 1 < bytes.count && bytes[start + 1] == UInt8(ascii: "/")
        let nameStart = closing ? start + 2 : start + 1
        guard nameStart < bytes.count else { return 0 }
        let word = nameStart + 8 <= bytes.count ? UnsafeRawPointer(bytes.baseAddress! + nameStart).loadUnaligned(as: UInt64.self) : 0
        let stops = nameStart + 8 <= bytes.count ? ByteSearch.equalBytes(word, UInt8(ascii: ">")) | ByteSearch.equalBytes(word, UInt8(ascii: " ")) : 0
        if stops != 0 {
            let length = stops.trailingZeroBitCount >> 3
            if bytes[nameStart + length] == UInt8(ascii: ">") || !closing, length > 0 {
                let name = foldedWord(word) & (UInt64.max >> UInt64(64 - 8 * length))
                var slot = 8 * length
                while shortNames[slot] != UInt64.max && shortNames[slot] != name { slot += 1 }
                if shortNames[slot] == name { n += 1 }
            }
        } else {
            let limit = min(bytes.count, nameStart + longestName + 1)
            var end = nameStart
            while end < limit, bytes[end] != UInt8(ascii: ">"), bytes[end] != UInt8(ascii: " ") { end += 1 }
            if end < limit, bytes[end] == UInt8(ascii: ">") || !closing {
                let name = packed(bytes, from: nameStart, to: end)
                if packedNamesByLength[end - nameStart].contains(name) { n += 1 }
            }
        }
        if !closing, ByteSearch.folded(bytes[nameStart]) == UInt8(ascii: "b"),
           ByteSearch.matches(bytes, at: start + 1, selfClosingBreaks[0]) || ByteSearch.matches(bytes, at: start + 1, selfClosingBreaks[1]) {
            n += 1
        }
        return n
    }

    /// `ByteSearch.folded(_:)` of each byte of `word`: 0x20 added to the bytes from 0x41 to 0x5A.
    @inline(__always)
    static func foldedWord(_ word: UInt64) -> UInt64 {
        let ascii = word & 0x7F7F_7F7F_7F7F_7F7F
        // A byte's top bit, set in the first sum from 0x41 up, in the second from 0x5B up (no
        // carries: each byte stays under 0x100); non-ASCII bytes are left out.
        let capitals = (ascii &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(ascii &+ 0x2525_2525_2525_2525) & ~word & 0x8080_8080_8080_8080
        return word | capitals >> 2
    }

    /// `bytes[from..<to]` (at most 16 bytes), ASCII capitals lowercased, packed.
    @inline(__always)
    static func packed(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> PackedName {
        var name = PackedName()
        for k in from..<to {
            let shift = UInt64(8 * ((k - from) & 7))
            if k - from < 8 { name.low |= UInt64(ByteSearch.folded(bytes[k])) << shift } else { name.high |= UInt64(ByteSearch.folded(bytes[k])) << shift }
        }
        return name
    }

}
