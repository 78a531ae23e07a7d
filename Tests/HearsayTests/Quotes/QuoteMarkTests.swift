import Testing
@testable import Hearsay

@Suite struct QuoteMarkTests {
    @Test func asciiAnswersAgreeWithUnicodeProperties() {
        for v in UInt32(0)..<0x80 {
            let s = Unicode.Scalar(v)!
            #expect(QuoteMark.isNumeric(s) == (s.properties.numericType != nil), "\(v)")
            #expect(QuoteMark.isWordChar(s) == (s.properties.isAlphabetic || s.properties.numericType != nil), "\(v)")
        }
        // Beyond ASCII the property tables answer (white space: `WhiteSpaceTests`).
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

    /// From every start, over text holding each byte that may start a mark and other non-ASCII
    /// bytes at every place of a word, the candidate found is the first such byte.
    @Test func nextCandidateAgreesWithAByteByByteSearch() {
        var text = Array("Zoë said".utf8)
        for (k, b) in [0x22, 0x27, 0x60, 0xC2, 0xE2, 0xC3, 0x80].enumerated() {
            text += Array(repeating: 0x61, count: 3 + k) + [UInt8(b)] + Array("é and".utf8)
        }
        text.withUnsafeBufferPointer { bytes in
            for start in 0...text.count {
                for end in [text.count, max(start, text.count - 5)] {
                    let expected = (start..<end).first { QuoteMark.mayStartMark(text[$0]) } ?? end
                    #expect(QuoteMark.nextCandidate(bytes, from: start, to: end) == expected, "from \(start) to \(end)")
                }
            }
        }
    }

    /// Every byte value at every place of twenty-four bytes (a vector of sixteen, then a word of
    /// eight), among bytes that start no mark (0x20 apart from 0xC2 and 0xE2, whose test is
    /// shared, and $ and %, a bit away from the " ' # & that share one, among them): found
    /// exactly when it may start one.
    @Test func nextCandidateTellsEveryByteValue() {
        for value in 0...255 {
            for place in 0..<24 {
                var text: [UInt8] = [0x82, 0xA2, 0x61, 0xC3, 0x02, 0x80, 0x41, 0xA2, 0x20, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67,
                                     0x24, 0x25, 0x61, 0xC3, 0xA9, 0x2F, 0x21, 0x65]
                text[place] = UInt8(value)
                let expected = QuoteMark.mayStartMark(UInt8(value)) ? place : text.count
                text.withUnsafeBufferPointer { bytes in
                    #expect(QuoteMark.nextCandidate(bytes, from: 0, to: text.count) == expected, "byte \(value) at \(place)")
                }
            }
        }
    }

    /// The vector test marks exactly the bytes that may start a mark, at every place of the
    /// sixteen, in the word and byte its place gives.
    @Test func vectorMarksAreExactlyTheMarkBytes() {
        for value in 0...255 {
            for place in 0..<16 {
                var v = SIMD16<UInt8>(repeating: 0x61)
                v[place] = UInt8(value)
                let m = QuoteMark.marks(v)
                let expected: UInt64 = QuoteMark.mayStartMark(UInt8(value)) ? 0xFF << (8 * (place % 8)) : 0
                #expect(m[place / 8] == expected, "byte \(value) at \(place)")
                #expect(m[1 - place / 8] == 0, "byte \(value) at \(place)")
            }
        }
    }

    /// # and & share the test of " and ' (`mayStartMark`), but no mark starts with them.
    @Test func hashAndAmpersandAreCandidatesButNoMarks() {
        #expect(QuoteMark.mayStartMark(0x23) && QuoteMark.mayStartMark(0x26))
        #expect(!QuoteMark.mayStartMark(0x24) && !QuoteMark.mayStartMark(0x25) && !QuoteMark.mayStartMark(0x21))
        let text = Array("AT&T said #1 \"wins\" & more".utf8)
        let marks = QuoteMark.scan(text, in: Span(0, text.count))
        #expect(marks.map(\.span.start) == [text.firstIndex(of: 0x22)!, text.lastIndex(of: 0x22)!])
        #expect(marks.map(\.role) == [.open, .close])
    }

    /// Scanning into a list appends: the marks of a second range follow those of the first.
    @Test func scanAppendsToTheList() {
        let text = Array("“One,” he said.\n\n“Two.”".utf8)
        let cut = text.firstIndex(of: 0x0A)!
        var marks: [QuoteMark] = []
        text.withUnsafeBufferPointer { bytes in
            QuoteMark.scan(bytes, in: Span(0, cut), appendingTo: &marks)
            #expect(marks.count == 2)
            QuoteMark.scan(bytes, in: Span(cut, text.count), appendingTo: &marks)
        }
        #expect(marks == QuoteMark.scan(text, in: Span(0, text.count)))
        #expect(marks.map(\.role) == [.open, .close, .open, .close])
    }

    @Test func scanClassifiesMarks() {
        let text = Array("He said “no” and ‘maybe’ but Moscow’s view was \"yes\".".utf8)
        let marks = QuoteMark.scan(text, in: Span(0, text.count))
        #expect(marks.map(\.role) == [.open, .close, .open, .close, .apostrophe, .open, .close])
        #expect(marks.map(\.family) == [.double, .double, .single, .single, .single, .double, .double])
    }
}

@Suite struct QuoteMarkApostropheTests {
    @Test func marksBetweenASCIIWordCharactersAreApostrophes() {
        let text = "don’t it's 9’5 a’ ’b ’x’ l’été x’"
        let marks = QuoteMark.scan(Array(text.utf8), in: Span(0, text.utf8.count))
        let roles = marks.map { $0.role }
        #expect(marks.allSatisfy { $0.family == .single && !$0.low })
        // don’t, it's, 9’5 are apostrophes; "a’ " closes; " ’b" opens; l’été goes the long way and is one too.
        #expect(roles.prefix(3).allSatisfy { $0 == .apostrophe })
        #expect(roles.count == 9)
        #expect(roles[7] == .apostrophe)
    }

    @Test func isASCIIWordByteIsLettersAndDigits() {
        for b in UInt8(0)...UInt8(255) {
            let expected = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
            #expect(QuoteMark.isASCIIWordByte(b) == expected, "\(b)")
        }
    }
}

@Suite struct QuoteFinderCaseTests {
    @Test func asciiAnswersAgreeWithUnicodeProperties() {
        for v in UInt32(0)..<0x80 {
            let s = Unicode.Scalar(v)!
            #expect(QuoteFinder.isUppercaseOrNumeric(s) == (s.properties.isUppercase || s.properties.numericType != nil), "\(v)")
        }
        #expect(QuoteFinder.isUppercaseOrNumeric("É") && QuoteFinder.isUppercaseOrNumeric("٣") && !QuoteFinder.isUppercaseOrNumeric("é"))
    }
}
