import Testing
@_spi(WordCheck) @testable import Hearsay

/// `Segmenter.compareWordBreaks`, the bench's `wordcheck`: whether `WordBreaker` covers a text
/// and whether the segmenter's tokens equal ICU's word iterator's.
@Suite struct SegmenterWordCheckTests {
    @Test func coveredTextIsReportedCoveredAndIdentical() throws {
        let result = try Segmenter().compareWordBreaks("Can’t stop: 3,000.50 U.S. dollars, she said.\nA second line.")
        #expect(result.covered)
        #expect(result.identical)
    }

    @Test func aLineWithACombiningMarkIsNotCoveredButStillIdentical() throws {
        let result = try Segmenter().compareWordBreaks("Plain words here.\nJose\u{0301} spoke.\nMore plain words.")
        #expect(!result.covered)
        #expect(result.identical)
    }

    @Test func anEmptyTextIsCoveredAndIdentical() throws {
        let result = try Segmenter().compareWordBreaks("")
        #expect(result.covered && result.identical)
    }
}
