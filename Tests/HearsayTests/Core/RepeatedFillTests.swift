import Testing
@testable import Hearsay

@Suite struct RepeatedFillTests {
    @Test func appendsWhatRepeatElementAppends() {
        for count in [0, 1, 3, 64, 1001] {
            var ints: [Int32] = [5, 6]
            ints.append(contentsOf: RepeatedFill(-1, count: count))
            #expect(ints == [5, 6] + [Int32](repeating: -1, count: count))
            var ranges: [Range<Int>] = []
            ranges.append(contentsOf: RepeatedFill(2..<4, count: count))
            #expect(ranges == [Range<Int>](repeating: 2..<4, count: count))
            var strings = ["x"]
            strings.append(contentsOf: RepeatedFill("ab", count: count))
            #expect(strings == ["x"] + [String](repeating: "ab", count: count))
        }
    }

    @Test func iteratesItsCopies() {
        #expect(Array(RepeatedFill(7, count: 3)) == [7, 7, 7])
        #expect(RepeatedFill(7, count: 3).underestimatedCount == 3)
        #expect(Array(RepeatedFill(7, count: 0)).isEmpty)
    }

    @Test func aSmallerRoomLeavesTheRestToItsIterator() {
        let room = UnsafeMutableBufferPointer<Int>.allocate(capacity: 2)
        defer { room.deallocate() }
        var (rest, written) = RepeatedFill(9, count: 5)._copyContents(initializing: room)
        #expect(written == 2)
        #expect(Array(room) == [9, 9])
        var left = 0
        while rest.next() != nil { left += 1 }
        #expect(left == 3)
    }
}
