import Testing
@testable import Hearsay

@Suite struct WhiteSpaceTests {
    @Test func theListMatchesUnicodeProperty() {
        // Every scalar: the list `isBlank` and the quote-mark scan read must say what the
        // property tables say.
        var disagreements: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if WhiteSpace.contains(scalar) != scalar.properties.isWhitespace { disagreements.append(value) }
        }
        #expect(disagreements.isEmpty)
        #expect(WhiteSpace.contains("\u{00A0}") && WhiteSpace.contains("\u{3000}") && !WhiteSpace.contains("\u{200B}"))
    }
}
