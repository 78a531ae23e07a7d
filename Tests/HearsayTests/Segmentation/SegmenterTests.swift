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

    @Test func linesAreSplitAtLineFeeds() {
        func lines(_ text: String) -> [String] {
            let bytes = Array(text.utf8)
            return Segmenter.lineSpans(bytes).map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
        }
        #expect(lines("") == [""])
        #expect(lines("one") == ["one"])
        #expect(lines("one\ntwo\n") == ["one", "two", ""])
        #expect(lines("\n\né\n") == ["", "", "é", ""])
    }

    /// The byte reading of a first line and the reading by characters agree, for ASCII and
    /// accented words, capitals, sentence ends, long lines and a space before a combining mark.
    @Test func headlineOnBytesAgreesWithCharacters() {
        let lines = [
            "Senate Passes The Budget", "Senate passes the budget.", "Senate Passes The Budget.", "the senate passes it",
            "Élan Vital Returns.", "élan vital returns.", "Zoë’s Café Opens Today.", "“Quoted Headline” Here.",
            "3 Things To Know.", "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone",
            "A b c d e f g h i j k l m n o p q r s t.", "Café \u{301}Olé Now.", "x \u{301}y z.", "— . ,", "Two\nLines",
            "É", "e\u{301}tude Ends Here.", "Ab  Cd", " Leading Space",
            "Senate “Passes” — The Budget", "senate “passes” — the budget.", "The élan Vital Of Ōsaka", "Mostly ‘quoted’ words ’ here.",
            "Joined \u{200D}Words Here", "Apart \u{200C}words here.", "Dash –Then Words",
        ]
        for line in lines {
            let bytes = Array(line.utf8)
            let span = Span(0, bytes.count)
            #expect(Segmenter.looksLikeHeadline(span, bytes) == Segmenter.looksLikeHeadlineByCharacters(span, bytes), "\(line)")
        }
        #expect(Segmenter.looksLikeHeadline(Span(0, 24), Array("Senate Passes The Budget".utf8)))
        #expect(!Segmenter.looksLikeHeadline(Span(0, 25), Array("Senate passes the budget.".utf8)))
    }

    /// Latin letters and general punctuation after a space leave it a character of its own;
    /// combining marks and joiners do not, and are not taken for separate characters.
    @Test func separateCharactersAreLatinLettersAndPunctuation() {
        func separate(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            return Segmenter.startsSeparateCharacter(bytes, 0, bytes.count)
        }
        #expect(separate("É") && separate("ł") && separate("“") && separate("’") && separate("—"))
        #expect(!separate("\u{301}") && !separate("\u{200D}") && !separate("\u{200C}") && !separate("Ω") && !separate("\u{2060}"))
    }
}

@Suite struct SegmenterTokenChunkTests {
    /// The tokens `Segmenter` makes from ICU's word boundaries and statuses, worked out here
    /// from the whole collected arrays: words and numbers by status, any other segment that does
    /// not start with a space or a no-break space as punctuation.
    static func expectedTokens(_ text: String) throws -> [Document.Token] {
        let bytes = Array(text.utf8)
        let (offsets, statuses) = try bytes.withUnsafeBufferPointer { try BreakIterator.make(.word).boundaries($0, withStatus: true) }
        var tokens: [Document.Token] = []
        for k in offsets.indices.dropFirst() {
            let s = Int(offsets[k - 1]), e = Int(offsets[k])
            if statuses[k] >= 100 { tokens.append(.init(span: Span(s, e), kind: statuses[k] < 200 ? .number : .word)); continue }
            let space = Segmenter.isSpace(bytes[s]) || (bytes[s] == 0xC2 && s + 1 < e && bytes[s + 1] == 0xA0)
            if !space { tokens.append(.init(span: Span(s, e), kind: .punctuation)) }
        }
        return tokens
    }

    /// A long text (its boundaries come in many chunks, and its tokens outgrow the scratch buffer
    /// the segmenter keeps), then a short one on the same segmenter: both tokenised as the
    /// collected boundaries say.
    @Test func tokensOfALongTextThenAShortOneMatchTheBoundaries() throws {
        let parts = ["Mr. Oduya said the ferry left at 7.45 on Tuesday.", "“It was late,” Ms. Brandt added — again!",
                     "Zoë’s café sold 1,200 buns\u{00A0}a day.", "Nobody asked why (or when)."]
        let long = (0..<7000).map { parts[$0 % parts.count] }.joined(separator: " ")
        let short = "Two words. And 3 more!"
        let segmenter = try Segmenter()
        for text in [long, short] {
            var document = Document(text: text)
            try segmenter.segment(&document)
            let expected = try Self.expectedTokens(text)
            #expect(document.tokens == expected)
            #expect(!document.sentences.isEmpty)
        }
        #expect(try Self.expectedTokens(long).count > Segmenter.retainedTokenCapacity)
    }
}
