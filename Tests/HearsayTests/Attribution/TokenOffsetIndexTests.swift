import Testing
@testable import Hearsay

@Suite struct TokenOffsetIndexTests {
    /// Every offset of `text` (and a few outside it) gives what the binary search gives.
    func agreesWithTheSearch(_ text: String) throws {
        let document = try TestSupport.document(text)
        let index = TokenOffsetIndex(document)
        for offset in -3...(document.bytes.count + 40) {
            #expect(index.firstToken(atOrAfter: offset, document.tokens) == document.firstToken(atOrAfter: offset), "offset \(offset)")
        }
    }

    @Test func everyOffsetGivesTheFirstTokenAtOrAfterIt() throws {
        try agreesWithTheSearch("“We will stay,” said Ina Wevell, the mayor of Port Quill. She left at 5 p.m.")
        // Long tokens and runs of spaces leave blocks with no token starting in them.
        try agreesWithTheSearch("Supercalifragilisticexpialidocious                    words,   and   Zoë’s   naïve café.\n\nNext.")
    }

    @Test func anEmptyDocumentHasNoTokens() throws {
        try agreesWithTheSearch("")
    }
}

@Suite struct TokenOffsetIndexBlockTests {
    @Test func tokensLongerThanABlockAndManyPerBlockAgree() throws {
        // Several tokens start in one 16-byte block, and one token spans several blocks.
        let document = try TestSupport.document("a b c d e f g h i j k. \(String(repeating: "x", count: 70)) y, z; “q”")
        let index = TokenOffsetIndex(document)
        for offset in 0...(document.bytes.count + 20) {
            #expect(index.firstToken(atOrAfter: offset, document.tokens) == document.firstToken(atOrAfter: offset), "offset \(offset)")
        }
    }
}

@Suite struct TokenOffsetIndexOutsideTests {
    @Test func tokensOutsideTheTextAreLeftOut() throws {
        // Tokens before the text and far past its end (no segmenter makes them) neither crash
        // the index nor change its answers for the offsets of the tokens inside.
        var document = try TestSupport.document("One two, three four. Five.")
        let inside = document.tokens
        let outside = Document.Token(span: Span(document.bytes.count + 500, document.bytes.count + 501), kind: .word)
        document.tokens = [Document.Token(span: Span(-40, -39), kind: .word)] + inside + [outside]
        let index = TokenOffsetIndex(document)
        for offset in 1...inside.last!.span.start {
            #expect(index.firstToken(atOrAfter: offset, document.tokens) == document.firstToken(atOrAfter: offset), "offset \(offset)")
        }
        #expect(index.firstToken(atOrAfter: document.bytes.count + 100, document.tokens) == document.tokens.count)
    }
}
