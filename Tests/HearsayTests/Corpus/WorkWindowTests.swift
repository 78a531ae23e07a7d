import Foundation
import Testing
@testable import Hearsay

/// The window's bookkeeping, driven from one thread in the order a run's threads could take.
@Suite struct WorkWindowTests {
    /// An input that needs no analysis, named `id`.
    static func input(_ id: String) -> AnalysisInput { .failure(id: id, message: "made up") }

    @Test func outcomesComeOutInSequenceOrderWhateverOrderTheyFinish() throws {
        let window = WorkWindow<String>(capacity: 4)
        for id in ["a", "b", "c"] {
            #expect(window.waitForRoom())
            window.add(Self.input(id))
        }
        window.endInput()
        // Three workers take one input each, then finish them last to first.
        let first = try #require(window.exchange(nil))
        let second = try #require(window.exchange(nil))
        let third = try #require(window.exchange(nil))
        #expect([first.sequence, second.sequence, third.sequence] == [Int](0..<3))
        #expect(third.input.id == "c")
        #expect(window.exchange((third.sequence, "C")) == nil)
        #expect(window.exchange((second.sequence, "B")) == nil)
        #expect(window.exchange((first.sequence, "A")) == nil)
        var ready: [String] = []
        window.next(afterDelivering: 0, into: &ready)
        #expect(ready == ["A", "B", "C"])
        ready.removeAll()
        window.next(afterDelivering: 3, into: &ready)
        #expect(ready.isEmpty)
    }

    @Test func aStoppedWindowStartsNothingMoreAndEndsAfterTheStartedInputs() throws {
        let window = WorkWindow<String>(capacity: 8)
        for id in ["a", "b", "c", "d"] {
            #expect(window.waitForRoom())
            window.add(Self.input(id))
        }
        let first = try #require(window.exchange(nil))
        let second = try #require(window.exchange(nil))
        window.stop()
        #expect(!window.waitForRoom())
        window.add(Self.input("e"))
        // The started inputs finish; nothing else starts although "c" and "d" are queued.
        #expect(window.exchange((second.sequence, "B")) == nil)
        #expect(window.exchange((first.sequence, "A")) == nil)
        var ready: [String] = []
        window.next(afterDelivering: 0, into: &ready)
        #expect(ready == ["A", "B"])
        ready.removeAll()
        window.next(afterDelivering: 2, into: &ready)
        #expect(ready.isEmpty)
    }

    @Test func slotsAreReusedOnceTheirOutcomesAreDelivered() throws {
        // Ten inputs pass through three slots: the reader, one worker and the delivering thread
        // take turns (the delivering thread says it delivered a batch when it asks for the next).
        let window = WorkWindow<Int>(capacity: 3)
        var ready: [Int] = []
        var delivered: [Int] = []
        var finished: (sequence: Int, outcome: Int)?
        for k in 0..<10 {
            #expect(window.waitForRoom())
            window.add(Self.input("t\(k)"))
            let taken = try #require(window.exchange(finished))
            #expect(taken.sequence == k && taken.input.id == "t\(k)")
            finished = (k, k * 10)
            if k > 0 {
                let count = ready.count
                ready.removeAll()
                window.next(afterDelivering: count, into: &ready)
                delivered += ready
            }
        }
        window.endInput()
        #expect(window.exchange(finished) == nil)
        while true {
            let count = ready.count
            ready.removeAll()
            window.next(afterDelivering: count, into: &ready)
            if ready.isEmpty { break }
            delivered += ready
        }
        #expect(delivered == (0..<10).map { $0 * 10 })
    }
}
