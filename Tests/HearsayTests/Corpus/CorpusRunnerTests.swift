import Foundation
import Testing
@testable import Hearsay

/// The runner's hand-off: every outcome, in input order, with a bounded window, as a stream.
@Suite struct CorpusRunnerTests {
    /// Counts shared between the reader, the workers and the test, under a lock.
    final class Ledger: @unchecked Sendable {
        private let lock = NSLock()
        private var read = 0
        private var delivered = 0
        private(set) var mostInFlight = 0
        private var started: Set<String> = []

        /// Notes one more input handed to the runner.
        func noteRead() { lock.withLock { read += 1; mostInFlight = max(mostInFlight, read - delivered) } }
        /// Notes one more outcome delivered.
        func noteDelivered() { lock.withLock { delivered += 1 } }
        /// The outcomes delivered so far.
        var deliveredCount: Int { lock.withLock { delivered } }
        /// Notes that a worker analysed the input `id`.
        func noteStarted(_ id: String) { _ = lock.withLock { started.insert(id) } }
        /// The inputs workers analysed.
        var startedIDs: Set<String> { lock.withLock { started } }
    }

    /// A stream of inputs that tells `ledger` of each one it hands out.
    struct CountedInputs: Sequence, IteratorProtocol {
        let count: Int
        let ledger: Ledger
        let make: (Int) -> AnalysisInput
        var position = 0

        mutating func next() -> AnalysisInput? {
            guard position < count else { return nil }
            defer { position += 1 }
            ledger.noteRead()
            return make(position)
        }
    }

    /// Runs `inputs` through `runner` with workers slowed to a millisecond an input (so that the
    /// reader fills what the window lets it), noting each delivery in `ledger`; returns the ids
    /// in the order delivered.
    static func runSlowly(_ runner: CorpusRunner, _ inputs: CountedInputs, _ ledger: Ledger) -> [String] {
        var ids: [String] = []
        runner.run(inputs, prepare: { outcome -> String in
            Thread.sleep(forTimeInterval: 0.001)
            return outcome.id
        }) { id in
            ids.append(id)
            ledger.noteDelivered()
        }
        return ids
    }

    @Test(arguments: [1, 4], [1, 2, 5, nil])
    func manyTinyInputsArriveCompleteAndInOrder(workers: Int, window: Int?) {
        let runner = CorpusRunner(pipeline: .standard(), workers: workers, window: window)
        // Inputs that need no analysis, with an article every hundredth, so that the hand-off is
        // all the work and the workers finish out of order.
        let inputs = (0..<5000).lazy.map { k -> AnalysisInput in
            k % 100 == 7 ? .text(id: "t\(k)", text: "“Item \(k) is in,” said Ann Lee.") : .failure(id: "t\(k)", message: "made up")
        }
        var ids: [String] = []
        let delivered = runner.run(inputs, prepare: { $0.id }) { ids.append($0) }
        #expect(delivered == 5000)
        #expect(ids == (0..<5000).map { "t\($0)" })
    }

    @Test(arguments: [1, 4], [1, 3, 16])
    func noMoreThanTheWindowIsInFlight(workers: Int, window: Int) {
        let runner = CorpusRunner(pipeline: .standard(), workers: workers, window: window)
        let ledger = Ledger()
        let inputs = CountedInputs(count: 60, ledger: ledger) { .failure(id: "t\($0)", message: "made up") }
        let ids = Self.runSlowly(runner, inputs, ledger)
        #expect(ids == (0..<60).map { "t\($0)" })
        // The reader fills the window while the workers are slow, and never overfills it.
        #expect(ledger.mostInFlight == window)
    }

    @Test(arguments: [1, 4])
    func theInputsInFlightHoldNoMoreThanTheByteBudget(workers: Int) {
        // A window of 64 slots, but texts of 1,000 bytes against a budget of 3,000: the reader
        // stops once three are held, while the workers are slow.
        let runner = CorpusRunner(pipeline: .standard(), workers: workers, window: 64, windowBytes: 3000)
        let ledger = Ledger()
        let text = String(repeating: "x", count: 1000)
        let inputs = CountedInputs(count: 30, ledger: ledger) { .text(id: "t\($0)", text: text) }
        let ids = Self.runSlowly(runner, inputs, ledger)
        #expect(ids == (0..<30).map { "t\($0)" })
        #expect(ledger.mostInFlight == 3)
    }

    @Test(arguments: [1, 2])
    func anInputLargerThanTheByteBudgetStillPassesAlone(workers: Int) {
        let runner = CorpusRunner(pipeline: .standard(), workers: workers, window: 16, windowBytes: 10)
        let ledger = Ledger()
        let inputs = CountedInputs(count: 5, ledger: ledger) { .text(id: "t\($0)", text: "“Item \($0) is in,” said Ann Lee.") }
        var ids: [String] = []
        runner.run(inputs, prepare: { $0.id }) { id in
            ids.append(id)
            ledger.noteDelivered()
        }
        #expect(ids == (0..<5).map { "t\($0)" })
        #expect(ledger.mostInFlight == 1)
    }

    @Test(arguments: [1, 2])
    func eachOutcomeComesOutBeforeTheNextInputIsRead(workers: Int) {
        // The stream hands out input k only once outcome k - 1 was delivered: a runner that
        // waited for more outcomes (or for the end of the input) before delivering would stall.
        let runner = CorpusRunner(pipeline: .standard(), workers: workers)
        let ledger = Ledger()
        let stalled = LockedBox(false)
        let inputs = (0..<12).lazy.map { k -> AnalysisInput in
            let deadline = Date(timeIntervalSinceNow: 10)
            while ledger.deliveredCount < k {
                if Date() > deadline { stalled.set(true); break }
                Thread.sleep(forTimeInterval: 0.001)
            }
            return .text(id: "t\(k)", text: "“Line \(k) came,” said Ann Lee.")
        }
        var ids: [String] = []
        runner.run(inputs, prepare: { $0.id }) { id in
            ids.append(id)
            ledger.noteDelivered()
        }
        #expect(!stalled.get())
        #expect(ids == (0..<12).map { "t\($0)" })
    }
}
