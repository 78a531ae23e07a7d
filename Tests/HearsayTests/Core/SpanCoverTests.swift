import Testing
@testable import Hearsay

@Suite struct SpanCoverTests {
    @Test func aSpanIsCoveredWhenOneSpanHoldsItWhole() {
        let cover = SpanCover([Span(40, 60), Span(0, 10), Span(5, 30)])
        #expect(cover.contains(Span(6, 30)))
        #expect(cover.contains(Span(0, 10)))
        #expect(cover.contains(Span(45, 45)))
        #expect(!cover.contains(Span(8, 35)), "two spans together, but neither alone")
        #expect(!cover.contains(Span(35, 41)))
        #expect(!cover.contains(Span(59, 61)))
        #expect(!SpanCover([Span]()).contains(Span(0, 0)))
    }

    /// Random sets and questions: the cover answers as a scan of the set does.
    @Test func answersAsAScanDoes() {
        var random = SplitMix64(state: 4_242)
        for _ in 0..<2_000 {
            let spans = (0..<Int.random(in: 0...12, using: &random)).map { _ in
                let start = Int.random(in: 0...60, using: &random)
                return Span(start, start + Int.random(in: 0...25, using: &random))
            }
            let cover = SpanCover(spans)
            for _ in 0..<20 {
                let start = Int.random(in: 0...70, using: &random)
                let span = Span(start, start + Int.random(in: 0...15, using: &random))
                #expect(cover.contains(span) == spans.contains { $0.contains(span) }, "\(spans) \(span)")
            }
        }
    }
}
