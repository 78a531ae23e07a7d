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

    @Test func notQuotesAreListedWithAReason() throws {
        let analysis = try TestSupport.analyze("A man who goes by the name “Shorty” was arrested. The bill would fund “a way to cut costs for everyone” next year.")
        #expect(analysis.otherQuoted.map(\.reason) == ["name-or-term", "unsourced"])
    }

    @Test func mixedVersusPartial() throws {
        let analysis = try TestSupport.analyze("Mary Stone said the plan was “a disaster for everyone”. It was a blast that Mayor Bill Smith described as “an intentional act”.")
        #expect(analysis.quotes.map(\.kind) == [.mixed, .partial])
    }

    @Test func nicknamesInNamesAndSectionHeadings() throws {
        let analysis = try TestSupport.analyze("Rep. Robert C. \"Bobby\" Scott threw a party.\n\n'Legend in the Coal Fields.'\n\nBankruptcy is like chess.")
        #expect(analysis.quotes.isEmpty)
        #expect(analysis.otherQuoted.map(\.reason) == ["name-or-term", "title"])
    }
}
