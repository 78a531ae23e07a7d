import Testing
@testable import Hearsay

@Suite struct IndexChainsTests {
    @Test func eachKeyListsItsNumbersInTheOrderAppended() {
        let chains = IndexChains(keys: 3)
        chains.append(0, to: 2)
        chains.append(1, to: 0)
        chains.append(2, to: 2)
        chains.append(5, to: 2)
        #expect(chains.list(2) == [0, 2, 5])
        #expect(chains.list(0) == [1])
        #expect(chains.list(1) == [])
        #expect(chains.first(1) == -1)
        #expect(chains.next(after: 2) == 5)
        #expect(chains.next(after: 5) == -1)
    }

    @Test func resetChainsAreEmptyAndTakeNewNumbers() {
        let chains = IndexChains(keys: 2)
        chains.append(0, to: 1)
        chains.append(3, to: 1)
        chains.reset(keys: 4, values: 2)
        #expect(chains.list(1) == [])
        #expect(chains.first(3) == -1)
        chains.append(0, to: 3)
        chains.append(1, to: 3)
        #expect(chains.list(3) == [0, 1])
    }

    @Test func listsGrowPastTheirRoomAndKeepTheirNumbers() {
        let chains = IndexChains(keys: 2, values: 1)
        for v in 0..<100 { chains.append(v, to: v % 2) }
        #expect(chains.list(0) == Array(stride(from: 0, to: 100, by: 2)))
        #expect(chains.list(1) == Array(stride(from: 1, to: 100, by: 2)))
        // Numbers may skip: the links between are made empty.
        chains.append(500, to: 1)
        #expect(chains.list(1).suffix(2) == [99, 500])
        #expect(chains.next(after: 300) == -1)
        chains.reset(keys: 40, values: 3)
        for key in 0..<40 { #expect(chains.first(key) == -1) }
        chains.append(2, to: 39)
        #expect(chains.list(39) == [2])
        chains.reset(keys: 1)
        #expect(chains.list(0) == [])
    }
}
