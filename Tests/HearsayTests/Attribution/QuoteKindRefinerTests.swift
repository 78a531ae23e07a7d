import Testing
@testable import Hearsay

@Suite struct QuoteKindRefinerTests {
    @Test func anAsideBeforeTheCommaKeepsTheQuotePartial() throws {
        let analysis = try TestSupport.analyze("Jane Hill said on Monday, “we will open the bridge again.”")
        #expect(analysis.quotes.map(\.kind) == [.partial])
    }

    @Test func aReportedClauseBeforeTheCommaMakesTheQuoteMixed() throws {
        let analysis = try TestSupport.analyze("Jane Hill said that if the council agrees, “we will open the bridge again.”")
        #expect(analysis.quotes.map(\.kind) == [.mixed])
    }

    @Test func aSentenceThatGoesOnAfterTheFragmentMakesItMixed() throws {
        let analysis = try TestSupport.analyze("Jane Hill said “local councils” must pay for the repairs.")
        #expect(analysis.quotes.map(\.kind) == [.mixed])
    }

    @Test func theCuesCircumstancesAfterTheFragmentKeepItPartial() throws {
        let analysis = try TestSupport.analyze("Jane Hill said “we will pay for the repairs” at a meeting on Monday.")
        #expect(analysis.quotes.map(\.kind) == [.partial])
    }

    @Test func aLongParaphraseBeforeTheCommaMakesTheQuoteMixed() throws {
        let analysis = try TestSupport.analyze(
            "Tom Reed said the town could help the farmers who lost their barns in the storm last winter, “and soon.”")
        #expect(analysis.quotes.map(\.kind) == [.mixed])
    }
}
