import Testing
@testable import Hearsay

@Suite struct OffsetAnswersTests {
    @Test func anAnswerIsComputedOnceWhileItKeepsItsSlot() {
        let memo = OffsetAnswers()
        var computed = 0
        for _ in 0..<3 { #expect(memo.answer(for: 7) { computed += 1; return 70 } == 70) }
        #expect(computed == 1)
        // Offsets in other slots leave it in place.
        for offset in 8..<20 { #expect(memo.answer(for: offset) { offset * 10 } == offset * 10) }
        #expect(memo.answer(for: 7) { computed += 1; return -5 } == 70)
        #expect(computed == 1)
    }

    @Test func anOffsetSharingASlotReplacesTheAnswerNotCorruptsIt() {
        let memo = OffsetAnswers()
        // 0 and 64 share slot 0 only if the hash says so; either way each gets its own answer.
        for _ in 0..<2 {
            #expect(memo.answer(for: 0) { 1 } == 1)
            #expect(memo.answer(for: 64) { 2 } == 2)
            #expect(memo.answer(for: 4096) { 3 } == 3)
        }
    }

    @Test func contextAnswersStayTheDocumentsAfterRepeatedQuestions() throws {
        let document = try TestSupport.document("One two, “three four” five. Six “seven” eight nine.")
        let quotes = QuoteFinder().find(in: document).quotes
        let context = AttributionContext(document: document, tokens: TokenFeatures(document), lexicons: .shared,
                                         mentions: [], entities: [], quotes: quotes)
        let offsets = Array(0...document.bytes.count)
        for _ in 0..<3 {
            for offset in offsets + offsets.reversed() + [5, 5, 0, 5, 69, 5] {
                #expect(context.token(atOrAfter: offset) == document.firstToken(atOrAfter: offset))
            }
        }
    }
}
