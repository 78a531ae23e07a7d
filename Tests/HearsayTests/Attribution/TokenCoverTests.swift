import Testing
@testable import Hearsay

@Suite struct TokenCoverTests {
    @Test func coveredTokensReadTrue() {
        var map = TokenIndexMap(count: 5)
        map.assign(0, to: 1..<3)
        map.assign(4, to: 4..<5)
        let cover = TokenCover(map)
        #expect(cover.count == 5)
        #expect((0..<5).map { cover[$0] } == [false, true, true, false, true])
    }

    @Test func anEmptyMapCoversNothing() {
        let cover = TokenCover(TokenIndexMap(count: 3))
        #expect((0..<3).allSatisfy { !cover[$0] })
    }

    @Test func insideQuoteAgreesWithQuoteAt() throws {
        let document = try TestSupport.document("She said “we ‘will’ win” and left “early”.")
        let quotes = QuoteFinder().find(in: document).quotes
        let t = TokenFeatures(document)
        let context = AttributionContext(document: document, tokens: t, lexicons: .shared, mentions: [], entities: [], quotes: quotes)
        #expect((0..<t.count).allSatisfy { context.insideQuote[$0] == (context.quoteAt[$0] >= 0) })
        #expect((0..<t.count).contains { context.insideQuote[$0] })
        #expect(!context.insideQuote[0])
    }
}
