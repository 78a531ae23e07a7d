import Testing
@testable import Hearsay

@Suite struct MoveToPositionsTests {
    @Test func eachElementLandsAtItsDestination() {
        var words = ["c", "a", "d", "b", "e"]
        var destinations = [2, 0, 3, 1, 4]
        words.move(to: &destinations)
        #expect(words == ["a", "b", "c", "d", "e"])
        var empty: [String] = [], none: [Int] = []
        empty.move(to: &none)
        #expect(empty.isEmpty)
    }

    @Test func movingMatchesReadingThroughThePermutation() {
        var generator = SystemRandomNumberGenerator()
        for size in [1, 2, 7, 40] {
            let values = (0..<size).map { "v\($0)" }
            let destinations = Array(0..<size).shuffled(using: &generator)
            var expected = values
            for (i, d) in destinations.enumerated() { expected[d] = values[i] }
            var moved = values, scratch = destinations
            moved.move(to: &scratch)
            #expect(moved == expected)
        }
    }
}
