import Testing
@testable import Hearsay

@Suite struct RecentAnswersTests {
    @Test func remembersTheLastFourAnswers() {
        var recent = RecentAnswers()
        #expect(recent.answer(for: 0) == nil)
        for key in 1...4 { recent.remember(key * 10, for: key) }
        for key in 1...4 { #expect(recent.answer(for: key) == key * 10) }
        // A fifth answer pushes out the oldest one.
        recent.remember(50, for: 5)
        #expect(recent.answer(for: 1) == nil)
        #expect(recent.answer(for: 5) == 50 && recent.answer(for: 2) == 20)
        #expect(recent.answer(for: Int.min + 1) == nil)
    }

    @Test func contextAnswersStayTheDocumentsAfterRepeatedQuestions() throws {
        let document = try TestSupport.document("One two, “three four” five. Six “seven” eight nine.")
        let quotes = QuoteFinder().find(in: document).quotes
        let context = AttributionContext(document: document, tokens: TokenFeatures(document), lexicons: .shared,
                                         mentions: [], entities: [], quotes: quotes)
        let offsets = Array(0...document.bytes.count)
        for _ in 0..<3 {
            for offset in offsets + offsets.reversed() + [5, 5, 0, 5] {
                #expect(context.token(atOrAfter: offset) == document.firstToken(atOrAfter: offset))
            }
        }
    }
}
