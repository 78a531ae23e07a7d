import Testing
@testable import Hearsay

@Suite struct TrailingCueSieveTests {
    /// The stray marks are exactly , - – — ' ’, as the comparison of strings found them.
    @Test func strayMarksAreTheSixMarks() {
        let marks = [",", "—", "–", "-", "'", "’"]
        for text in marks + ["", ".", ";", "--", "―", "‘", "\"", "”", "‐", ",,", "a", "e\u{301}"] {
            #expect(TrailingCueSieve.isStrayMark(text) == marks.contains(text), "\(text)")
        }
    }

    @Test func aMarkBetweenTheQuoteAndTheCueIsPassedOver() throws {
        let result = try TestSupport.analyze("“We will stay the course,” — said Jane Hill.")
        #expect(result.quotes.first?.attribution?.speaker == "Jane Hill")
        #expect(result.quotes.first?.attribution?.sieve == "trailing-cue")
    }
}
