import Testing
@testable import Hearsay

@Suite struct QuoteMarkTests {
    @Test func asciiAnswersAgreeWithUnicodeProperties() {
        for v in UInt32(0)..<0x80 {
            let s = Unicode.Scalar(v)!
            #expect(QuoteMark.isWhitespace(s) == s.properties.isWhitespace, "\(v)")
            #expect(QuoteMark.isNumeric(s) == (s.properties.numericType != nil), "\(v)")
            #expect(QuoteMark.isWordChar(s) == (s.properties.isAlphabetic || s.properties.numericType != nil), "\(v)")
        }
        // Beyond ASCII the property tables answer.
        #expect(QuoteMark.isWhitespace("\u{00A0}"))
        #expect(QuoteMark.isWordChar("é") && QuoteMark.isNumeric("½") && !QuoteMark.isWordChar("—"))
    }

    @Test func contextsListTheirCharacters() {
        for c in "([{—–-/\u{2015}“‘«‹ \n".unicodeScalars { #expect(QuoteMark.isOpeningContext(c), "\(c)") }
        for c in ".,;:!?)]}—–-/…”’»›\"' \t".unicodeScalars { #expect(QuoteMark.isClosingContext(c), "\(c)") }
        for c in "a1”)".unicodeScalars { #expect(!QuoteMark.isOpeningContext(c), "\(c)") }
        for c in "a1“(\u{2015}".unicodeScalars { #expect(!QuoteMark.isClosingContext(c), "\(c)") }
    }

    @Test func nextCandidateFindsTheFirstPossibleMarkByte() {
        let text = Array("plain words here and more words, then café and a \"mark\" with ’ too".utf8)
        text.withUnsafeBufferPointer { bytes in
            let quote = text.firstIndex(of: 0x22)!
            let cafe = text.firstIndex(of: 0xC3)!
            // Skips whole words of ASCII and a non-ASCII byte that starts no mark (é is C3 A9).
            #expect(QuoteMark.nextCandidate(bytes, from: 0, to: text.count) == quote)
            #expect(cafe < quote)
            #expect(QuoteMark.nextCandidate(bytes, from: quote + 1, to: text.count) == quote + 5)
            let apostrophe = text.firstIndex(of: 0xE2)!
            #expect(QuoteMark.nextCandidate(bytes, from: quote + 6, to: text.count) == apostrophe)
            // The end bounds the search even when a mark lies beyond it.
            #expect(QuoteMark.nextCandidate(bytes, from: 0, to: quote) == quote)
            #expect(QuoteMark.nextCandidate(bytes, from: apostrophe + 1, to: text.count) == text.count)
        }
    }

    @Test func scanClassifiesMarks() {
        let text = Array("He said “no” and ‘maybe’ but Moscow’s view was \"yes\".".utf8)
        let marks = QuoteMark.scan(text, in: Span(0, text.count))
        #expect(marks.map(\.role) == [.open, .close, .open, .close, .apostrophe, .open, .close])
        #expect(marks.map(\.family) == [.double, .double, .single, .single, .single, .double, .double])
    }
}
