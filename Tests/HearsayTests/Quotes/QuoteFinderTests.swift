import Testing
@testable import Hearsay

@Suite struct QuoteFinderTests {
    func quotes(_ text: String) throws -> (texts: [String], quotes: [Quote], warnings: [AnalysisWarning]) {
        let document = try TestSupport.document(text)
        let (quotes, warnings) = QuoteFinder().find(in: document)
        return (quotes.filter { $0.depth == 0 }.map { document.string($0.span) }, quotes, warnings)
    }

    @Test func curlyAndStraightDoubleQuotes() throws {
        #expect(try quotes("She said: “It is over.” He said \"It is not.\"").texts == ["It is over.", "It is not."])
    }

    @Test func apostrophesAreNotMarks() throws {
        let result = try quotes("Moscow’s line: “We shouldn‘t and won’t,” the minister’s aide said of the ’90s.")
        #expect(result.texts == ["We shouldn‘t and won’t,"])
        #expect(result.warnings.isEmpty)
    }

    @Test func singleQuotesBritishStyle() throws {
        #expect(try quotes("The minister said: ‘We will not move.’ Then she left.").texts == ["We will not move."])
    }

    @Test func nestedQuotes() throws {
        let result = try quotes("He said: “They told me ‘go home’ and I did.”")
        #expect(result.texts == ["They told me ‘go home’ and I did."])
        #expect(result.quotes.contains { $0.depth == 1 })
    }

    @Test func otherStyles() throws {
        #expect(try quotes("Il a dit « Non merci » hier.").texts == ["Non merci"])
        #expect(try quotes("Er sagte „Nein danke“ gestern.").texts == ["Nein danke"])
        #expect(try quotes("He said ``no way'' twice.").texts == ["no way"])
    }

    @Test func multiParagraphConvention() throws {
        let text = "“The first part goes on,\n\n“And the second part ends here.”\n\nNot quoted."
        let result = try quotes(text)
        #expect(result.texts == ["The first part goes on,", "And the second part ends here."])
        #expect(result.quotes[0].group == result.quotes[1].group)
        #expect(result.quotes[1].continuesPrevious)
        #expect(result.warnings.isEmpty)
    }

    @Test func unclosedMarkWarnsAndKeepsTheRest() throws {
        let result = try quotes("He said “this never closes.\n\nLater she said “this one does.”")
        #expect(result.warnings.contains { $0.code == .unclosedQuote })
        #expect(result.texts.contains("this one does."))
    }

    @Test func oddNumberOfStraightQuotesDoesNotLoseTheDocument() throws {
        let result = try quotes("A \"stray mark here.\n\nThen \"a proper quote\" follows, and \"another one\".")
        #expect(result.texts.contains("a proper quote"))
        #expect(result.texts.contains("another one"))
    }

    @Test func kinds() throws {
        let result = try quotes("He said: “We are done.” She called it “a farce” later.")
        #expect(result.quotes.map(\.kind) == [.direct, .partial])
    }

    @Test func quotesOverSeveralSentences() throws {
        #expect(try quotes("“One. Two. Three,” she said.").texts == ["One. Two. Three,"])
    }

    @Test func nestedSingleQuoteRightBeforeTheClosingDouble() throws {
        let result = try quotes("\"He said, 'We want to work with you,'\" Ann Lee recalled. \"Fine.\"")
        #expect(result.texts == ["He said, 'We want to work with you,'", "Fine."])
        #expect(result.warnings.isEmpty)
    }

    @Test func nytDoubleApostropheMarks() throws {
        #expect(try quotes("''Hopefully,'' the president said, ''this museum can help.''").texts == ["Hopefully,", "this museum can help."])
    }

    @Test func aNewSentenceQuoteClosesAnUnclosedOne() throws {
        let result = try quotes("He said Friday. “If indeed this is so, how can you feel good. “I have been thinking,” added Jim Clyburn.")
        #expect(result.texts == ["If indeed this is so, how can you feel good.", "I have been thinking,"])
        #expect(result.quotes[0].unclosed)
        #expect(result.warnings.contains { $0.code == .unclosedQuote })
    }

    /// Dropping the stack from an index takes the top entry alone, or every entry from there on.
    @Test func dropTakesTheEntriesFromTheIndexOn() {
        var stack = [1, 2, 3, 4]
        QuoteFinder.drop(&stack, from: 3)
        #expect(stack == [1, 2, 3])
        QuoteFinder.drop(&stack, from: 1)
        #expect(stack == [1])
        QuoteFinder.drop(&stack, from: 0)
        #expect(stack.isEmpty)
    }

    /// Thousands of unmatched single marks in one paragraph leave the stack of open marks
    /// bounded (oldest single marks dropped first), and the double quotation around them pairs.
    @Test func openMarksStayBoundedAndTheDoubleQuotePairs() throws {
        var stack = [1] + Array(repeating: 0, count: QuoteFinder.maxOpenMarks)
        QuoteFinder.bound(&stack) { $0 == 0 }
        #expect(stack.count == QuoteFinder.maxOpenMarks && stack.first == 1, "a single mark went, the double opener stayed")
        let junk = String(repeating: "‘x ", count: 3_000)
        let found = try quotes("“Start \(junk)end,” she said. Then ‘one’ more.")
        #expect(found.texts.first?.hasPrefix("Start ‘x") == true)
        #expect(found.texts.first?.hasSuffix("end,") == true)
        #expect(found.texts.contains("one"))
    }
}
