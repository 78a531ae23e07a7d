import Testing
@testable import Hearsay

@Suite struct InputSnifferTests {
    @Test func kinds() throws {
        #expect(InputSniffer.kind(of: "Just a sentence. And another one.") == .plainText)
        #expect(InputSniffer.kind(of: "<p>One</p><p>Two</p>") == .html)
        #expect(InputSniffer.kind(of: "<!DOCTYPE html><html><body>x</body></html>") == .html)
        let seed = String(decoding: try TestSupport.seedBytes(), as: UTF8.self)
        #expect(InputSniffer.kind(of: seed) == .encodedHTML)
    }

    /// `realTags` as first written: every name of the same first byte tried in turn.
    static func realTagsByEveryName(_ text: [UInt8], at start: Int) -> Int {
        func matches(_ offset: Int, _ needle: String) -> Bool {
            let needle = Array(needle.utf8)
            guard offset + needle.count <= text.count else { return false }
            return needle.indices.allSatisfy { ByteSearch.folded(text[offset + $0]) == needle[$0] }
        }
        let closing = start + 1 < text.count && text[start + 1] == 0x2F
        let nameStart = closing ? start + 2 : start + 1
        guard nameStart < text.count else { return 0 }
        var n = 0
        for tag in InputSniffer.tagNames where matches(nameStart, tag) && nameStart + tag.utf8.count < text.count {
            let next = text[nameStart + tag.utf8.count]
            if next == 0x3E || (!closing && next == 0x20) { n += 1 }
        }
        if !closing, matches(start + 1, "br/>") || matches(start + 1, "br />") { n += 1 }
        return n
    }

    @Test func tagsAreCountedAsByTryingEveryName() {
        var random = SplitMix64(state: 16)
        let names = InputSniffer.tagNames + ["BR", "Div", "blockquot", "blockquotes", "DocType", "!DOCTYPE", "x", "p\u{0}", "é", ""]
        let afters = [">", " ", "/>", " />", "", "\u{0}", "x>", "\n>"]
        // Without a tail the name is read byte by byte near the end; with one, a word at a time.
        let tails = ["", " class=\"lead\">Text", ">>>>>>>>>>>>", "ÉÉÉÉÉÉÉÉ"]
        for _ in 0..<4000 {
            let text = Array(("<" + (Bool.random(using: &random) ? "/" : "") + names.randomElement(using: &random)!
                              + afters.randomElement(using: &random)! + tails.randomElement(using: &random)!).utf8)
            let counted = text.withUnsafeBufferPointer { InputSniffer.realTags($0, at: 0) }
            #expect(counted == Self.realTagsByEveryName(text, at: 0), "\(String(decoding: text, as: UTF8.self))")
        }
    }

    @Test func countsAndDecisions() {
        let count = { (text: String) in Array(text.utf8).withUnsafeBufferPointer { InputSniffer.realTags($0, at: 0) } }
        #expect(count("<br />") == 2, "a name and a space, and a self-closing break")
        #expect(count("<BR/>") == 1)
        #expect(count("</blockquote>") == 1)
        #expect(count("</blockquote x>") == 0, "an end tag counts only when > follows its name")
        #expect(count("<blockquote") == 0)
        #expect(count("<") == 0)
        #expect(InputSniffer.kind(of: "<foo>one</foo> <bar> and a <p>") == .plainText)
        #expect(InputSniffer.kind(of: "x <Div class=a>one</DIV>") == .html)
        #expect(InputSniffer.kind(of: "&lt;p&gt;One&lt;/p&gt; &lt;div&gt;") == .encodedHTML)
    }

    @Test func wordsAreLowercasedAsTheirBytes() {
        var random = SplitMix64(state: 64)
        for _ in 0..<2000 {
            let word = random.next() & (Bool.random(using: &random) ? 0x7F7F_7F7F_7F7F_7F7F : UInt64.max)
            let byByte = (0..<8).reduce(UInt64(0)) { sum, k in
                sum | UInt64(ByteSearch.folded(UInt8(truncatingIfNeeded: word >> (8 * UInt64(k))))) << (8 * UInt64(k))
            }
            #expect(InputSniffer.foldedWord(word) == byByte)
        }
        #expect(InputSniffer.foldedWord(0x5B5A_4140_DAC1_7A61) == 0x5B7A_6140_DAC1_7A61)
    }
}
