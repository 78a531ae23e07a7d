import Testing
@testable import Hearsay

@Suite struct QuoteFilterTests {
    @Test func nicknamesAndScareQuotesAreNotQuotes() throws {
        let analysis = try TestSupport.analyze("A man who goes by the name “Shorty” was arrested. The so-called “experts” were wrong.")
        #expect(analysis.quotes.isEmpty)
    }

    @Test func attributedShortQuotesStay() throws {
        let analysis = try TestSupport.analyze("Mr John Hill called the plan “a disaster”, he said.")
        #expect(analysis.quotes.count == 1)
    }
}
