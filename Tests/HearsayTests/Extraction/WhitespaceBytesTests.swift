import Testing
@testable import Hearsay

/// `WhitespaceBytes.width` knows the white space characters and never reads past its end.
@Suite struct WhitespaceBytesTests {
    static func width(_ bytes: [UInt8], at offset: Int = 0, count: Int? = nil) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress!
            return WhitespaceBytes.width(base + offset, base + (count ?? buffer.count))
        }
    }

    @Test func whiteSpaceCharactersHaveTheirLength() {
        for (scalar, length) in [("\u{20}", 1), ("\t", 1), ("\n", 1), ("\u{85}", 2), ("\u{1680}", 3), ("\u{2003}", 3),
                                 ("\u{2029}", 3), ("\u{202F}", 3), ("\u{205F}", 3), ("\u{3000}", 3)] {
            #expect(Self.width(Array(scalar.utf8)) == length, "\(scalar.unicodeScalars.first!.value)")
        }
        for other in ["a", "\u{A0}", "\u{2010}", "\u{3001}", "é"] { #expect(Self.width(Array(other.utf8)) == 0) }
    }

    @Test func aCharacterCutByTheEndIsNoWhiteSpace() {
        let ideographicSpace = Array("\u{3000}".utf8)
        #expect(Self.width(ideographicSpace, count: 2) == 0)
        #expect(Self.width(ideographicSpace, count: 1) == 0)
        #expect(Self.width(Array("\u{85}".utf8), count: 1) == 0)
    }
}
