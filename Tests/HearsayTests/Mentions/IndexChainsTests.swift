import Testing
@testable import Hearsay

@Suite struct IndexChainsTests {
    @Test func eachKeyListsItsNumbersInTheOrderAppended() {
        var chains = IndexChains(keys: 3)
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
        var chains = IndexChains(keys: 2)
        chains.append(0, to: 1)
        chains.append(3, to: 1)
        chains.reset(keys: 4, values: 2)
        #expect(chains.list(1) == [])
        #expect(chains.first(3) == -1)
        chains.append(0, to: 3)
        chains.append(1, to: 3)
        #expect(chains.list(3) == [0, 1])
    }
}
