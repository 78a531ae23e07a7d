import Testing
@testable import Hearsay

@Suite struct AttributorRoundTests {
    /// A sieve that counts its calls and never proposes.
    final class Counting: AttributionSieve, @unchecked Sendable {
        let name = "counting"
        let confidence = 0.5
        let examples: [SieveExample] = []
        let reads: Bool
        var calls = 0
        init(reads: Bool) { self.reads = reads }
        var readsOtherAttributions: Bool { reads }
        func propose(for q: Int, in context: AttributionContext) -> (candidate: SpeakerCandidate, cue: Int?)? {
            calls += 1
            return nil
        }
    }

    @Test func theSecondRoundSkipsSievesThatReadOnlyTheText() throws {
        let document = try TestSupport.document("“One thing.” And “another thing.”")
        let quotes = QuoteFinder().find(in: document).quotes
        #expect(quotes.count == 2)
        let context = AttributionContext(document: document, tokens: TokenFeatures(document), lexicons: .shared,
                                         mentions: [], entities: [], quotes: quotes)
        let textOnly = Counting(reads: false), reading = Counting(reads: true)
        Attributor(sieves: [textOnly, reading]).attribute(context)
        #expect(textOnly.calls == 2)
        #expect(reading.calls == 4)
    }

    @Test func standardSievesThatReadOtherQuotesSaySo() {
        let reading = AttributionSieves.standard.filter(\.readsOtherAttributions).map(\.name)
        #expect(reading == ["leading-cue", "continuation", "floating-quote"])
    }
}
