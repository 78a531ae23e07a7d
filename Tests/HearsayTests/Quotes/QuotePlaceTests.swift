import Testing
@testable import Hearsay

@Suite struct QuotePlaceTests {
    @Test func placeKeepsEveryFieldTheRulesRead() {
        var quote = Quote(span: Span(11, 24), openMark: Span(8, 11), closeMark: Span(24, 27), kind: .partial, paragraph: 3, group: 2, depth: 1)
        quote.attribution = Attribution(speaker: "Jane Hill", mention: Span(30, 39), entity: nil, cue: nil, cueLemma: nil,
                                        sieve: "trailing-cue", confidence: 0.9)
        let place = quote.place
        #expect(place.span == quote.span)
        #expect(place.openMark == quote.openMark && place.closeMark == quote.closeMark)
        #expect(place.kind == .partial && place.paragraph == 3 && place.group == 2 && place.depth == 1)
        #expect(place.outer == Span(8, 27))
        #expect(!place.continuesPrevious)
    }

    @Test func placeTellsAContinuedQuotation() {
        let quote = Quote(span: Span(2, 30), openMark: Span(0, 1), closeMark: nil, kind: .direct, paragraph: 4, group: 1, continuesPrevious: true)
        #expect(quote.place.continuesPrevious)
    }

    @Test func outerFallsBackToTheWordsWithoutMarks() {
        let quote = Quote(span: Span(5, 40), openMark: nil, closeMark: nil, kind: .block, paragraph: 0, group: 0)
        #expect(quote.place.outer == Span(5, 40))
        #expect(quote.place.outer == quote.outer)
    }

    @Test func rejectionReadsTheQuotesOfTheContextByIndex() throws {
        // A scare quote set aside and an attributed quote kept, as before the filter took indices.
        let analysis = try TestSupport.analyze("The so-called “experts” were wrong. “We will fix the roads this year,” said Tom Reed.")
        #expect(analysis.quotes.map { analysis.document.string($0.span) } == ["We will fix the roads this year,"])
        #expect(analysis.otherQuoted.map(\.reason) == ["name-or-term"])
    }
}
