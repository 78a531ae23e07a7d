import Testing
@testable import Hearsay

@Suite struct BreakIteratorTests {
    /// A made-up text long enough for several of the iterator's 4,096-boundary chunks.
    static let longText: String = {
        let sentences = ["Mr. Oduya said the ferry left at 7.45 on Tuesday.", "“It was late,” Ms. Brandt added — again!",
                         "Zoë’s café sold 1,200 buns\u{00A0}a day.", "Nobody asked why (or when)."]
        return (0..<900).map { sentences[$0 % sentences.count] }.joined(separator: " ")
    }()

    /// `forEachChunk` hands over exactly what `boundaries` collects (without its leading 0),
    /// in more than one chunk, with statuses only when asked for.
    @Test func chunksCarryTheSameBoundariesAsTheCollectedArray() throws {
        let bytes = Array(Self.longText.utf8)
        let iterator = try BreakIterator.make(.word)
        try bytes.withUnsafeBufferPointer { raw in
            let collected = try iterator.boundaries(raw, withStatus: true)
            var offsets: [Int32] = [0], statuses: [Int32] = [0], chunks = 0
            try iterator.forEachChunk(raw, utf16: nil, byteOffsets: nil, withStatus: true) { o, s in
                offsets += o
                statuses += s
                chunks += 1
            }
            #expect(chunks > 1)
            #expect(offsets == collected.offsets)
            #expect(statuses == collected.statuses)
            var statusCount = 0
            try iterator.forEachChunk(raw, utf16: nil, byteOffsets: nil, withStatus: false) { _, s in statusCount += s.count }
            #expect(statusCount == 0)
        }
    }
}
