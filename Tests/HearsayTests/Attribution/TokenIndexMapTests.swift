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
}
