import Testing
@testable import Hearsay

/// Words of quotes for the statistics.
@Suite struct QuoteWordsTests {
    @Test func wordsKeepInnerApostrophes() {
        #expect(QuoteWords.words("Don’t say “never”, 2016's plan!") == ["don't", "say", "never", "2016's", "plan"])
        #expect(QuoteWords.words("'Tis 42 -- ok'") == ["tis", "ok"])
    }

    @Test func contentWordsDropStopwordsAndShortWords() {
        #expect(QuoteWords.contentWords("We will build a great wall, and it's big") == ["build", "great", "wall", "big"])
    }
}
