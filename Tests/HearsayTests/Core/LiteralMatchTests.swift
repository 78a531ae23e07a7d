import Testing
@testable import Hearsay

/// A text told from fixed strings by its bytes.
@Suite struct LiteralMatchTests {
    @Test func onlyTheSameBytesMatch() {
        let marks: [StaticString] = ["-", "—", "’"]
        #expect("-".hasUTF8(ofOneOf: marks))
        #expect("—".hasUTF8(ofOneOf: marks))
        #expect("’".hasUTF8(ofOneOf: marks))
        #expect(!"--".hasUTF8(ofOneOf: marks))
        #expect(!"'".hasUTF8(ofOneOf: marks))
        #expect(!"".hasUTF8(ofOneOf: marks))
        #expect("".hasUTF8(ofOneOf: [""]))
        // A decomposed "é" is equal to the composed one as a String, but not byte for byte.
        #expect("e\u{301}" == "é" && !"e\u{301}".hasUTF8(ofOneOf: ["é"]))
    }
}
