import Testing
@testable import Hearsay

/// Two ascending runs found and merged in place, as a stable sort orders them.
@Suite struct TwoRunsTests {
    @Test func theSecondRunIsFoundOrMoreRunsAreRefused() {
        #expect([Int]().secondRunStart(by: <) == 0)
        #expect([1, 3, 9].secondRunStart(by: <) == 0)
        #expect([2, 5, 8, 1, 6, 9].secondRunStart(by: <) == 3)
        #expect([3, 1, 2, 0].secondRunStart(by: <) == nil)
    }

    @Test func mergingTwoRunsGivesAStableSort() throws {
        // (key, tag): equal keys keep the first run's first.
        let values = [(1, "a"), (4, "b"), (4, "c"), (7, "d"), (0, "e"), (4, "f"), (9, "g")]
        var merged = values
        let split = try #require(merged.secondRunStart(by: { $0.0 < $1.0 }))
        #expect(split == 4)
        merged.mergeRuns(at: split, by: { $0.0 < $1.0 })
        let stable = values.enumerated().sorted { $0.element.0 != $1.element.0 ? $0.element.0 < $1.element.0 : $0.offset < $1.offset }
        #expect(merged.map(\.1) == stable.map(\.element.1))
    }

    @Test func mergingAtNoSplitLeavesTheArray() {
        var values = [1, 2, 3]
        values.mergeRuns(at: 0, by: <)
        #expect(values == [1, 2, 3])
    }
}
