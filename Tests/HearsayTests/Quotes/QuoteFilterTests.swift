import Testing
@testable import Hearsay

@Suite struct QuoteFilterTests {
    /// The byte-indexed tables hold the words of their sets and nothing else, in lowercase only.
    @Test func wordTablesAnswerAsTheirSets() {
        for word in QuoteFilter.namingWords { #expect(QuoteFilter.namingWordTable.contains(word), "\(word)") }
        for word in QuoteFilter.workNouns { #expect(QuoteFilter.workNounTable.contains(word), "\(word)") }
        for word in ["Film", "films", "so called", "op‑ed", "", "calle", "dubbed ", "namé"] {
            #expect(QuoteFilter.namingWordTable.contains(word) == QuoteFilter.namingWords.contains(word), "\(word)")
            #expect(QuoteFilter.workNounTable.contains(word) == QuoteFilter.workNouns.contains(word), "\(word)")
        }
        #expect(QuoteFilter.namingWordTable.contains("dubbed") && !QuoteFilter.workNounTable.contains("dubbed"))
    }

    /// Words (tokens that are not punctuation) are counted up to the limit, which stands for
    /// any more.
    @Test func wordCountStopsAtItsLimit() throws {
        let document = try TestSupport.document("One, two -- three 4 five; six.")
        let t = TokenFeatures(document)
        let all = 0..<t.count
        #expect(QuoteFilter.wordCount(all, t, limit: 100) == 6)
        #expect(QuoteFilter.wordCount(all, t, limit: 6) == 6)
        #expect(QuoteFilter.wordCount(all, t, limit: 4) == 4)
        #expect(QuoteFilter.wordCount(1..<3, t, limit: 9) == 1)
        #expect(QuoteFilter.wordCount(3..<3, t, limit: 9) == 0)
    }

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

    @Test func unattributedTitleCaseRunsAreTitles() throws {
        let analysis = try TestSupport.analyze("The network is reviving old shows. “Harbor Lights,” a drama from the eighties, returns in May.")
        #expect(analysis.quotes.isEmpty)
        #expect(analysis.otherQuoted.map(\.reason) == ["title"])
    }

    @Test func headlinesWithABylineAreTitles() throws {
        let analysis = try TestSupport.analyze("MUST READ: “Museum hires a new director after a long search,” by the Herald's Jane Hill.")
        #expect(analysis.quotes.isEmpty)
        #expect(analysis.otherQuoted.map(\.reason) == ["title"])
    }

    @Test func singleQuotedSubheadingsAreHeadlines() throws {
        let analysis = try TestSupport.analyze("“We will rebuild,” said Jane Hill.\n\n'A long road back.'\n\nThe council meets on Monday.")
        #expect(analysis.quotes.count == 1)
        #expect(analysis.otherQuoted.map(\.reason) == ["headline"])
    }

    @Test func unattributedShortSentencesStayQuotes() throws {
        let analysis = try TestSupport.analyze("The crowd grew louder by the minute. “Lock Her Up!”")
        #expect(analysis.quotes.count == 1)
    }

    @Test func mixedVersusPartial() throws {
        let analysis = try TestSupport.analyze("Mary Stone said the plan was “a disaster for everyone”. It was a blast that Mayor Bill Smith described as “an intentional act”.")
        #expect(analysis.quotes.map(\.kind) == [.mixed, .partial])
    }

    @Test func nicknamesInNamesAndSectionHeadings() throws {
        let analysis = try TestSupport.analyze("On a hot afternoon in late summer, the congressman opened his garden to a crowd of guests.\n\nRep. Robert C. \"Bobby\" Scott threw a party.\n\n'Legend in the Coal Fields.'\n\nBankruptcy is like chess.")
        #expect(analysis.quotes.isEmpty)
        #expect(analysis.otherQuoted.map(\.reason) == ["name-or-term", "title"])
    }

    @Test func headlineQuotesAreListedApart() throws {
        let analysis = try TestSupport.analyze("""
        Warren Hammers Bank Chief: ‘You Should Be Investigated’

        Senator Elizabeth Warren questioned the bank's chief on Tuesday.

        “You should be criminally investigated,” Warren said.
        """)
        #expect(analysis.document.paragraphs[0].kind == .heading)
        #expect(analysis.quotes.map { analysis.text(of: $0) } == ["You should be criminally investigated,"])
        #expect(analysis.otherQuoted.map(\.reason) == ["headline"])
    }
}
