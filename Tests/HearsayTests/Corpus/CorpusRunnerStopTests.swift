import Foundation
import Testing
@testable import Hearsay

@Suite struct CorpusRunnerStopTests {
    @Test(arguments: [1, 2])
    func aStoppedRunDeliversAnInOrderPrefix(workers: Int) {
        let runner = CorpusRunner(pipeline: .standard(), workers: workers)
        // Ten times the window: what a stop leaves to deliver is what was read before it, at
        // most a window (the whole first batch may be finished by the time it is delivered).
        let count = 10 * runner.window
        let inputs = (0..<count).lazy.map { AnalysisInput.text(id: "t\($0)", text: "“Number \($0) is fine,” said Ann Lee.") }
        var ids: [String] = []
        let delivered = runner.run(inputs) { outcome in
            ids.append(outcome.id)
            if ids.count == 3 { runner.stop() }
        }
        #expect(delivered == ids.count)
        // The third outcome comes in the first batch or, after batches of one or two, a later
        // one: at most two delivered before the window the stop left.
        #expect(ids.count >= 3 && ids.count <= runner.window + 2)
        #expect(ids == (0..<ids.count).map { "t\($0)" })
    }

    @Test func stopFromAnotherThreadEndsTheRun() {
        let runner = CorpusRunner(pipeline: .standard(), workers: 2)
        // An endless stream: only stop() can end this run.
        let inputs = (0...).lazy.map { AnalysisInput.text(id: "t\($0)", text: "“Fine,” said Ann Lee.") }
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.5) { runner.stop() }
        var ids: [String] = []
        runner.run(inputs) { ids.append($0.id) }
        #expect(ids == (0..<ids.count).map { "t\($0)" })
    }
}

extension CorpusRunnerStopTests {
    @Test(arguments: [1, 3])
    func stopWhileWorkersAreBusyDeliversExactlyTheStartedPrefix(workers: Int) {
        let runner = CorpusRunner(pipeline: .standard(), workers: workers)
        let ledger = CorpusRunnerTests.Ledger()
        let inputs = (0..<200).lazy.map { AnalysisInput.failure(id: "t\($0)", message: "made up") }
        var ids: [String] = []
        let delivered = runner.run(inputs, prepare: { outcome -> String in
            ledger.noteStarted(outcome.id)
            Thread.sleep(forTimeInterval: 0.02)  // the other workers are busy when the first outcome comes
            return outcome.id
        }) { id in
            ids.append(id)
            if ids.count == 1 { runner.stop() }
        }
        #expect(delivered == ids.count)
        #expect(ids == (0..<ids.count).map { "t\($0)" })
        #expect(ids.count < 200)
        // Every input a worker took was finished and delivered; no other was started.
        #expect(Set(ids) == ledger.startedIDs)
    }

    @Test func aRunStoppedBeforeItBeganStartsNothing() {
        let runner = CorpusRunner(pipeline: .standard(), workers: 2)
        runner.stop()
        let ledger = CorpusRunnerTests.Ledger()
        let delivered = runner.run((0..<50).lazy.map { AnalysisInput.failure(id: "t\($0)", message: "made up") },
                                   prepare: { outcome -> String in ledger.noteStarted(outcome.id); return outcome.id }) { _ in }
        #expect(delivered == 0)
        #expect(ledger.startedIDs.isEmpty)
    }
}
