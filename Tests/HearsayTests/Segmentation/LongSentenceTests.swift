import Testing
@testable import Hearsay

@Suite struct LongSentenceTests {
    @Test func runOnTextIsSplitAtSpacesBelowTheCap() throws {
        let text = String(repeating: "word, ", count: 5000)
        let document = try TestSupport.document(text)
        #expect(document.sentences.count > 1)
        for sentence in document.sentences {
            #expect(sentence.length <= Segmenter.maxSentenceBytes)
            #expect(document.string(sentence).hasSuffix(","), "cut after a space, trimmed")
        }
        #expect(document.sentences.first?.start == 0)
        #expect(document.sentences.last?.end == text.utf8.count - 1)
    }

    @Test func aLongWordIsCutAtACharacterBoundary() throws {
        let text = String(repeating: "é", count: 5000)
        let document = try TestSupport.document(text)
        #expect(document.sentences.count == 3)
        #expect(document.sentences.allSatisfy { $0.length <= Segmenter.maxSentenceBytes && $0.length % 2 == 0 })
    }

    @Test func ordinarySentencesAreUntouched() throws {
        let document = try TestSupport.document("One sentence here. Another one there.")
        #expect(document.sentences.map { document.string($0) } == ["One sentence here.", "Another one there."])
    }
}
