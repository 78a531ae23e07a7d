import Testing
@testable import Hearsay

@Suite struct FloatingQuoteSieveTests {
    /// The speaking words are found in any case, and no other word is, whatever its first letter.
    @Test func speakingWordsAreFoundInAnyCase() throws {
        let t = TokenFeatures(try TestSupport.document("Spoke SPEAKING interview Statement spoken speak said Ina states in spokes"))
        let found = (0..<t.count).filter { FloatingQuoteSieve.isSpeakingWord($0, t) }.map { t.texts[$0] }
        #expect(found == ["Spoke", "SPEAKING", "interview", "Statement"])
    }

    @Test func aSpeakingWordInTheSentenceBeforeGivesTheSpeaker() throws {
        let result = try TestSupport.analyze("Laura Price spoke to reporters on Monday. “We are not going anywhere.”")
        #expect(result.quotes.first?.attribution?.speaker == "Laura Price")
        #expect(result.quotes.first?.attribution?.sieve == "floating-quote")
    }
}
