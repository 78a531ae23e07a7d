import Foundation
import Testing
@testable import Hearsay

@Suite struct PerThreadTests {
    final class Probe {}

    /// What a spawned thread saw of the slot.
    final class Sighting: @unchecked Sendable {
        /// The caller's object, to compare with the thread's.
        let callers: Probe
        weak var made: Probe?
        var sameTwice = false
        var differsFromCallers = false
        init(callers: Probe) { self.callers = callers }
    }

    static let slot = PerThread { Probe() }

    /// Runs `look` on a new POSIX thread and waits until the thread has ended (its
    /// thread-specific values released).
    static func onNewThread(_ sighting: Sighting) {
        var thread = pthread_t()
        let argument = Unmanaged.passRetained(sighting).toOpaque()
        let status = pthread_create(&thread, nil, { raw in
            let sighting = Unmanaged<Sighting>.fromOpaque(raw!).takeRetainedValue()
            let object = PerThreadTests.slot.current
            sighting.made = object
            sighting.sameTwice = PerThreadTests.slot.current === object
            sighting.differsFromCallers = object !== sighting.callers
            return nil
        }, argument)
        precondition(status == 0)
        pthread_join(thread, nil)
    }

    @Test func aThreadGetsOneObjectOfItsOwnReleasedWhenItEnds() {
        let mine = Self.slot.current
        #expect(Self.slot.current === mine)
        let sighting = Sighting(callers: mine)
        Self.onNewThread(sighting)
        #expect(sighting.sameTwice)
        #expect(sighting.differsFromCallers)
        #expect(sighting.made == nil, "the ended thread's object is released")
        #expect(Self.slot.current === mine, "the caller's object outlives the other thread")
    }
}
