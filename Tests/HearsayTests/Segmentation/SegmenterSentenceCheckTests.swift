import Testing
@_spi(WordCheck) @testable import Hearsay

/// `Segmenter.compareSentenceBreaks`, the bench's `sentcheck`: whether `SentenceBreaker` covers
/// a text and whether the sentence boundaries the segmenter uses equal ICU's sentence iterator's.
@Suite struct SegmenterSentenceCheckTests {
    @Test func coveredTextIsReportedCoveredAndIdentical() throws {
        let result = try Segmenter().compareSentenceBreaks("Mr. Smith met Dr. Jones at 5 p.m. on Friday. “Why?” he asked.\nA second line.")
        #expect(result.covered)
        #expect(result.identical)
    }

    @Test func aLineWithACombiningMarkIsNotCoveredButStillIdentical() throws {
        let result = try Segmenter().compareSentenceBreaks("Plain words here. More.\nJose\u{0301} spoke. Then left.\nMore plain words. The end.")
        #expect(!result.covered)
        #expect(result.identical)
    }

    @Test func aWholeTextOfOneUncoveredLineGoesToICUAndIsIdentical() throws {
        let result = try Segmenter().compareSentenceBreaks("co\u{00AD}operate. Then more.")
        #expect(!result.covered && result.identical)
    }

    @Test func anEmptyTextIsCoveredAndIdentical() throws {
        let result = try Segmenter().compareSentenceBreaks("")
        #expect(result.covered && result.identical)
    }
}
