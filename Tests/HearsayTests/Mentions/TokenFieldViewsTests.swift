import Testing
@testable import Hearsay

@Suite struct TokenFieldViewsTests {
    @Test func sentencesReadEachTokensSentenceIndex() throws {
        let text = "Odell left. Then Pim came back! Done"
        let document = try Segmenter().document(for: Article(paragraphs: [], verbatimText: text))
        let t = TokenFeatures(document)
        #expect(t.sentence.count == t.count)
        for k in 0..<t.count {
            // The index read back is the sentence whose span holds the token.
            let s: Int = t.sentence[k]
            #expect(document.sentences[s].start <= t.spans[k].start && t.spans[k].end <= document.sentences[s].end)
        }
        #expect(t.sentence[0] == 0 && t.sentence[t.count - 1] == 2)
    }

    @Test func sentencesHoldLargeIndices() {
        let view = TokenSentences(indices32: [0, 70_000, Int32.max])
        #expect(Array(view) == [0, 70_000, Int(Int32.max)])
    }
}
