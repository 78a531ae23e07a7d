import Testing
@testable import Hearsay

@Suite struct SegmenterFloorTests {
    @Test func countsICUBoundariesWithoutPostFiltering() throws {
        let segmenter = try Segmenter()
        // ICU breaks after "Dr." (the post-filter would not); words, spaces and marks are all segments.
        #expect(try segmenter.boundaryCounts("One. Two.") == (sentences: 2, words: 5))
        #expect(try segmenter.boundaryCounts("Dr. Smith left.").sentences == 2)
        #expect(try segmenter.document(for: Article(paragraphs: [], verbatimText: "Dr. Smith left.")).sentences.count == 1)
    }

    @Test func emptyAndMultibyteText() throws {
        let segmenter = try Segmenter()
        #expect(try segmenter.boundaryCounts("") == (sentences: 0, words: 0))
        let text = "“Zoë’s café,” she said. Ça va."
        let counts = try segmenter.boundaryCounts(text)
        #expect(counts.sentences == 2)
        #expect(counts.words == (try Segmenter().document(for: Article(paragraphs: [], verbatimText: text))).tokens.count + 5)
    }
}
