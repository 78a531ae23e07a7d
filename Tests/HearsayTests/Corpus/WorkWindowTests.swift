import Foundation
import Testing
@testable import Hearsay

/// The window's bookkeeping, driven from one thread in the order a run's threads could take.
@Suite struct WorkWindowTests {
    /// An input that needs no analysis, named `id`.
    static func input(_ id: String) -> AnalysisInput { .failure(id: id, message: "made up") }

    /// Says the `delivered` outcomes last handed out were delivered and moves out the next ones
    /// ready (waiting while none is); none when the run is over.
    static func next<P>(_ window: WorkWindow<P>, afterDelivering delivered: Int) -> [P] {
        window.next(afterDelivering: delivered).map { window.outcome($0) }
    }

    @Test func batchesAreHalfTheWindowAndAtMostTheLargestBatch() {
        #expect(WorkWindow<Int>(capacity: 8).batch == 4)
        #expect(WorkWindow<Int>(capacity: 256).batch == WorkWindow<Int>.largestBatch)
        #expect(WorkWindow<Int>(capacity: 1).batch == 1)
    }

    @Test func outcomesComeOutInSequenceOrderWhateverOrderTheyFinish() throws {
        let window = WorkWindow<String>(capacity: 4)
        for id in ["a", "b", "c"] {
            #expect(window.waitForRoom())
            window.add(Self.input(id))
        }
        window.endInput()
        // Three workers take one input each, then finish them last to first.
        let first = try #require(window.take())
        let second = try #require(window.take())
        let third = try #require(window.take())
        #expect([first.sequence, second.sequence, third.sequence] == [Int](0..<3))
        #expect(third.input.id == "c")
        #expect(window.finish(third.sequence, "C") == nil)
        #expect(window.finish(second.sequence, "B") == nil)
        #expect(window.finish(first.sequence, "A") == nil)
        #expect(Self.next(window, afterDelivering: 0) == ["A", "B", "C"])
        #expect(Self.next(window, afterDelivering: 3).isEmpty)
    }

    @Test func aStoppedWindowStartsNothingMoreAndEndsAfterTheStartedInputs() throws {
        let window = WorkWindow<String>(capacity: 8)
        for id in ["a", "b", "c", "d"] {
            #expect(window.waitForRoom())
            window.add(Self.input(id))
        }
        let first = try #require(window.take())
        let second = try #require(window.take())
        window.stop()
        #expect(!window.waitForRoom())
        window.add(Self.input("e"))
        // The started inputs finish; nothing else starts although "c" and "d" are queued.
        #expect(window.finish(second.sequence, "B") == nil)
        #expect(window.take() == nil)
        #expect(window.finish(first.sequence, "A") == nil)
        #expect(Self.next(window, afterDelivering: 0) == ["A", "B"])
        #expect(Self.next(window, afterDelivering: 2).isEmpty)
    }

    @Test func slotsAreReusedOnceTheirOutcomesAreDelivered() throws {
        // Ten inputs pass through three slots: the reader, one worker and the delivering thread
        // take turns (the delivering thread says it delivered a batch when it asks for the next).
        let window = WorkWindow<Int>(capacity: 3)
        var ready: [Int] = []
        var delivered: [Int] = []
        var taken = try { () throws -> WorkItem in
            #expect(window.waitForRoom())
            window.add(Self.input("t0"))
            return try #require(window.take())
        }()
        for k in 1..<10 {
            #expect(window.waitForRoom())
            window.add(Self.input("t\(k)"))
            let previous = taken
            taken = try #require(window.finish(previous.sequence, previous.sequence * 10))
            #expect(taken.sequence == k && taken.input.id == "t\(k)")
            ready = Self.next(window, afterDelivering: ready.count)
            delivered += ready
        }
        window.endInput()
        #expect(window.finish(taken.sequence, taken.sequence * 10) == nil)
        while true {
            ready = Self.next(window, afterDelivering: ready.count)
            if ready.isEmpty { break }
            delivered += ready
        }
        #expect(delivered == (0..<10).map { $0 * 10 })
    }

    @Test func outcomesLeftInTheWindowAreReleasedWithIt() throws {
        // A class instance as the outcome: the window must not leak outcomes nobody collected.
        final class Token {}
        weak var left: Token?
        do {
            let window = WorkWindow<Token>(capacity: 2)
            #expect(window.waitForRoom())
            window.add(Self.input("a"))
            let item = try #require(window.take())
            let token = Token()
            left = token
            window.stop()
            #expect(window.finish(item.sequence, token) == nil)
        }
        #expect(left == nil)
    }
}
