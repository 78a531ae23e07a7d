import Testing
@testable import Hearsay

@Suite struct AnalyzerTakeQuotesTests {
    /// A context over `text`'s quotes.
    func context(_ text: String) throws -> AttributionContext {
        let document = try TestSupport.document(text)
        return AttributionContext(document: document, tokens: TokenFeatures(document), lexicons: .shared, mentions: [], entities: [],
                                  quotes: QuoteFinder().find(in: document).quotes)
    }

    /// An attribution naming `speaker`.
    func attribution(_ speaker: String) -> Attribution {
        Attribution(speaker: speaker, mention: Span(0, 0), entity: nil, cue: nil, cueLemma: "say", sieve: "floating-quote",
                    confidence: 0.6)
    }

    @Test func theKeptQuotesAreMovedOutInOrder() throws {
        let context = try context("“One.” “Two.” “Three.” “Four.” “Five.”")
        for q in context.quotes.indices { context.quotes[q].attribution = attribution("Speaker \(q)") }
        let all = context.quotes
        #expect(all.count == 5)
        let taken = Analyzer.takeQuotes([false, true, true, false, true], from: context)
        #expect(taken == [all[1], all[2], all[4]])
        #expect(taken.map { $0.attribution?.speaker } == ["Speaker 1", "Speaker 2", "Speaker 4"])
        #expect(context.quotes.isEmpty)
    }

    @Test func allOrNoneMayBeKept() throws {
        let every = try context("“One.” “Two.” “Three.”")
        let all = every.quotes
        #expect(Analyzer.takeQuotes([true, true, true], from: every) == all)
        let none = try context("“One.” “Two.” “Three.”")
        #expect(Analyzer.takeQuotes([false, false, false], from: none).isEmpty)
        #expect(none.quotes.isEmpty)
    }

    @Test func quotesHeldElsewhereStayWhole() throws {
        // The context's list shares its storage with another array: that one keeps every quote.
        let context = try context("“One.” “Two.” “Three.”")
        context.quotes[0].attribution = attribution("Jo")
        let held = context.quotes
        let taken = Analyzer.takeQuotes([true, false, true], from: context)
        #expect(taken == [held[0], held[2]])
        #expect(held.count == 3 && held[0].attribution?.speaker == "Jo")
    }

    @Test func aDocumentWithoutQuotesGivesNone() throws {
        let context = try context("No quotes here.")
        #expect(Analyzer.takeQuotes([], from: context).isEmpty)
    }
}
