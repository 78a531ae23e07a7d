import Testing
@testable import Hearsay

@Suite struct AttributionContextSentenceTests {
    static let text = "“We will stay,” said Ina Wevell, the mayor of Port Quill. She left at 5 p.m. on Friday.\n\n"
        + "Supercalifragilisticexpialidocious    words, and Zoë’s naïve café. “Go,” Tom Reed said! Then silence."

    /// The context of `text` with no mentions and no quotes.
    func context(_ text: String) throws -> AttributionContext {
        let document = try TestSupport.document(text)
        return AttributionContext(document: document, tokens: TokenFeatures(document), lexicons: .shared, mentions: [], entities: [], quotes: [])
    }

    @Test func sentenceIndexAgreesWithTheDocumentInAnyOrder() throws {
        let context = try context(Self.text)
        let document = context.document
        let offsets = Array(-1...(document.bytes.count + 2))
        // Ascending (the hint's case), descending, and jumping about.
        for offset in offsets + offsets.reversed() + offsets.enumerated().map({ offsets[($0.offset * 37) % offsets.count] }) {
            #expect(context.sentenceIndex(at: offset) == document.sentenceIndex(at: offset), "offset \(offset)")
        }
    }

    @Test func aDocumentWithoutSentencesHasNone() throws {
        let context = try context("")
        #expect(context.sentenceIndex(at: 0) == nil)
        #expect(context.sentenceIndex(at: 5) == nil)
    }

    @Test func mentionsCoverTheirTokens() throws {
        // Each mention covers its tokens, the last one listed where two overlap.
        let analysis = try TestSupport.analyze(Self.text)
        let document = analysis.document
        let t = TokenFeatures(document)
        let context = AttributionContext(document: document, tokens: t, lexicons: .shared, mentions: analysis.mentions,
                                         entities: analysis.entities, quotes: analysis.quotes)
        #expect(!analysis.mentions.isEmpty && !analysis.quotes.isEmpty)
        for k in 0..<t.count {
            let m = analysis.mentions.indices.last { analysis.mentions[$0].fullSpan.start <= t.spans[k].start && t.spans[k].start < analysis.mentions[$0].fullSpan.end }
            #expect(context.mentionAt[k] == (m ?? -1), "token \(k)")
        }
    }
}
