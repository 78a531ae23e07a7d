import Testing
@testable import Hearsay

@Suite struct SegmenterTests {
    func sentences(_ text: String) throws -> [String] {
        let document = try TestSupport.document(text)
        return document.sentences.map { document.string($0) }
    }

    @Test func noBreakAfterTitlesAndAbbreviations() throws {
        #expect(try sentences("Dr. Smith met Gen. Jones and Sen. Brown. They spoke.") == ["Dr. Smith met Gen. Jones and Sen. Brown.", "They spoke."])
        #expect(try sentences("He lives on St. Mark's Place. It is loud.").count == 2)
        #expect(try sentences("Mr. Trump and Mrs. May met. It went well.").count == 2)
        #expect(try sentences("The U.S. Treasury said so. Markets fell.") == ["The U.S. Treasury said so.", "Markets fell."])
        #expect(try sentences("Acme Corp. said profits rose. Shares fell.") == ["Acme Corp. said profits rose.", "Shares fell."])
    }

    @Test func breaksAfterAbbreviationAtSentenceEnd() throws {
        #expect(try sentences("He moved to the U.S. The move was hard.").count == 2)
    }

    @Test func britishTitlesWithoutPeriod() throws {
        #expect(try sentences("Mr Mattis said no. Mr Lavrov said yes.") == ["Mr Mattis said no.", "Mr Lavrov said yes."])
    }

    @Test func middleInitials() throws {
        #expect(try sentences("George W. Bush spoke. Then he left.").count == 2)
    }

    @Test func paragraphsFromBlankLines() throws {
        let document = try TestSupport.document("One line\nstill one.\n\nTwo.\n\n\nThree.")
        #expect(document.paragraphs.map { document.string($0.span) } == ["One line\nstill one.", "Two.", "Three."])
    }

    @Test func aLineThatEndsASentenceEndsItsParagraph() throws {
        // Mostly blank-line separated text that elsewhere puts one paragraph per line.
        let document = try TestSupport.document("Intro.\n\n“First quote,” she said.\n“Second paragraph.”\nA wrapped line\ncontinues here.")
        #expect(document.paragraphs.map { document.string($0.span) } == ["Intro.", "“First quote,” she said.", "“Second paragraph.”", "A wrapped line\ncontinues here."])
    }

    @Test func paragraphsFromLinesWhenNoBlankLines() throws {
        let document = try TestSupport.document("One.\nTwo.\nThree.")
        #expect(document.paragraphs.count == 3)
    }

    @Test func tokensAreUTF8ByteSpans() throws {
        let document = try TestSupport.document("Moscow’s “line”, 2014.")
        let words = document.tokens.map { document.string($0.span) }
        #expect(words == ["Moscow’s", "“", "line", "”", ",", "2014", "."])
        #expect(document.tokens[5].kind == .number)
        #expect(document.tokens[0].kind == .word)
        #expect(document.tokens[1].kind == .punctuation)
    }

    @Test func sentencesNeverCrossParagraphs() throws {
        let document = try TestSupport.document("No period here\n\nNew paragraph")
        #expect(document.sentences.count == 2)
    }

    @Test func emptyText() throws {
        let document = try TestSupport.document("")
        #expect(document.sentences.isEmpty && document.tokens.isEmpty && document.paragraphs.isEmpty)
    }
}
