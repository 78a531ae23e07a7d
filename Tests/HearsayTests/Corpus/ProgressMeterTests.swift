import Foundation
import Testing
@testable import Hearsay

/// The progress line and the input count behind its total.
@Suite struct ProgressMeterTests {
    @Test func rendersBarRateAndETA() {
        let line = ProgressMeter.render(done: 250, skipped: 0, failed: 2, total: 1000, bytes: 5_000_000, elapsed: 10, width: 100)
        #expect(line.hasPrefix("[#######......................."))
        #expect(line.contains("250/1000 articles"))
        #expect(line.contains("25%"))
        #expect(line.contains("2 failed"))
        #expect(line.contains("0.5 MB/s"))
        #expect(line.contains("ETA 30s"))
    }

    @Test func withoutTotalThereIsNoBarNorETA() {
        let line = ProgressMeter.render(done: 7, skipped: 3, failed: 0, total: nil, bytes: 0, elapsed: 1, width: 80)
        #expect(line == "10 articles  3 resumed  0.0 MB/s")
    }

    @Test func meterMatchesSizesToOutcomesInOrder() {
        let start = Date()
        let meter = ProgressMeter(start: start)
        meter.setTotal(3)
        meter.inputRead(bytes: 1_000_000)
        meter.inputRead(bytes: 3_000_000)
        meter.outcomeDelivered()
        #expect(meter.line(width: 120, now: start.addingTimeInterval(1)).contains("1.0 MB/s"))
        meter.outcomeDelivered(failed: true)
        let line = meter.line(width: 120, now: start.addingTimeInterval(2))
        #expect(line.contains("2/3 articles") && line.contains("2.0 MB/s") && line.contains("ETA 1s"))
    }

    @Test func durations() {
        #expect(ProgressMeter.duration(42) == "42s")
        #expect(ProgressMeter.duration(187) == "3m07s")
        #expect(ProgressMeter.duration(7500) == "2h05m")
    }

    @Test func censusCountsFilesAndRecords() throws {
        let directory = try CorpusFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try CorpusFixture.writeInput(to: directory.appendingPathComponent("records.jsonl"))
        try "x".write(to: directory.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "x".write(to: directory.appendingPathComponent(".hidden.txt"), atomically: true, encoding: .utf8)
        #expect(InputCensus.count(paths: [directory.path]) == CorpusFixture.records.count + 1)
        #expect(InputCensus.count(paths: [directory.appendingPathComponent("records.jsonl").path, "/nonexistent"]) == CorpusFixture.records.count + 1)
        #expect(InputCensus.count(paths: ["-"]) == nil)
    }
}
