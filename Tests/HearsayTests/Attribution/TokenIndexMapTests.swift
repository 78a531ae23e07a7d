import Testing
@testable import Hearsay

@Suite struct TokenIndexMapTests {
    @Test func uncoveredTokensReadMinusOne() {
        let map = TokenIndexMap(count: 4)
        #expect(map.count == 4)
        #expect((0..<4).allSatisfy { map[$0] == -1 })
    }

    @Test func laterAssignmentsOverwriteEarlierOnes() {
        var map = TokenIndexMap(count: 6)
        map.assign(3, to: 1..<4)
        map.assign(7, to: 3..<5)
        map.assign(9, to: 5..<5)
        #expect((0..<6).map { map[$0] } == [-1, 3, 3, 7, 7, -1])
    }

    @Test func largeIndicesSurviveTheNarrowStorage() {
        var map = TokenIndexMap(count: 2)
        map.assign(1_000_000, to: 0..<1)
        #expect(map[0] == 1_000_000)
    }

    /// A map made with its assignments gives what the same assignments one by one give: later
    /// ones over earlier ones, empty ranges nothing, large indices whole.
    @Test func assignmentsAtMakingMatchAssignmentsAfter() {
        let assignments: [(Int, Range<Int>)] = [(3, 1..<4), (7, 3..<5), (9, 5..<5), (1_000_000, 6..<8), (0, 0..<1)]
        var oneByOne = TokenIndexMap(count: 9)
        for (index, tokens) in assignments { oneByOne.assign(index, to: tokens) }
        let atMaking = TokenIndexMap(count: 9) { assign in
            for (index, tokens) in assignments { assign(index, tokens) }
        }
        #expect((0..<9).map { atMaking[$0] } == [0, 3, 3, 7, 7, -1, 1_000_000, 1_000_000, -1])
        #expect((0..<9).map { atMaking[$0] } == (0..<9).map { oneByOne[$0] })
        #expect(TokenIndexMap(count: 3) { _ in }.count == 3)
    }
}

