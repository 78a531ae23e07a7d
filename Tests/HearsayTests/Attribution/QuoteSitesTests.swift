import Testing
@testable import Hearsay

@Suite struct QuoteSitesTests {
    @Test func aSiteIsFoundOnceAndThenRemembered() {
        let sites = QuoteSites(count: 3)
        var calls = 0
        let site = QuoteSites.Site(open: 4, after: 9, openSentence: 0..<12, closeSentence: 0..<12)
        for _ in 0..<3 {
            #expect(sites.site(1) { calls += 1; return site }.after == 9)
        }
        #expect(calls == 1)
        // Another quote is found on its own.
        #expect(sites.site(2) { calls += 1; return QuoteSites.Site(open: 20, after: 25, openSentence: 12..<30, closeSentence: 12..<30) }.open == 20)
        #expect(calls == 2)
    }

    @Test func contextSitesAgreeWithTheOffsetSearches() throws {
        let document = try TestSupport.document("Ina Wevell spoke first. “We will stay. We will not move,” she said. Later “the end” came.")
        let quotes = QuoteFinder().find(in: document).quotes
        let t = TokenFeatures(document)
        let context = AttributionContext(document: document, tokens: t, lexicons: .shared, mentions: [], entities: [], quotes: quotes)
        #expect(quotes.count >= 2)
        for q in quotes.indices {
            let outer = quotes[q].outer
            let site = context.site(q)
            #expect(site.open == context.token(atOrAfter: outer.start))
            #expect(site.after == context.token(atOrAfter: outer.end))
            #expect(site.openSentence == context.sentenceTokens(at: outer.start))
            #expect(site.closeSentence == context.sentenceTokens(at: max(outer.start, outer.end - 1)))
            // The site remembered is the one found afresh.
            let found = context.findSite(q)
            #expect(found.open == site.open && found.after == site.after)
            #expect(found.openSentence == site.openSentence && found.closeSentence == site.closeSentence)
        }
        // The first quote runs over two sentences: it opens in one and closes in the next.
        let first = context.site(0)
        #expect(first.openSentence != first.closeSentence)
    }
}
