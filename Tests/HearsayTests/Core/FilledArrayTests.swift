import Testing
@testable import Hearsay

@Suite struct FilledArrayTests {
    @Test func sameAsRepeatingForEveryCount() {
        for count in [0, 1, 2, 31, 32, 33, 1000] {
            #expect([Bool].filled(with: true, count: count) == [Bool](repeating: true, count: count))
            #expect([Int32].filled(with: -7, count: count) == [Int32](repeating: -7, count: count))
            #expect([String].filled(with: "ab", count: count) == [String](repeating: "ab", count: count))
        }
    }

    @Test func filledArrayIsItsOwnStorage() {
        var a = [Int].filled(with: 0, count: 4)
        let b = a
        a[0] = 9
        #expect(a == [9, 0, 0, 0])
        #expect(b == [0, 0, 0, 0])
    }
}
