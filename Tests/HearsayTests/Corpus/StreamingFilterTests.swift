import Foundation
import Testing
@testable import Hearsay

/// `hearsay analyze - --format jsonl` as a streaming filter (a mapper under Spark's `RDD.pipe`):
/// each report comes out before the next record goes in.
@Suite struct StreamingFilterTests {
    /// Collects a pipe's output lines on a background thread and lets the test wait for each.
    final class LineCollector: @unchecked Sendable {
        private let condition = NSCondition()
        private var buffer = Data()
        private var lines: [String] = []
        private var ended = false

        init(_ handle: FileHandle) {
            Thread.detachNewThread { [self] in
                while true {
                    let chunk = handle.availableData
                    condition.lock()
                    if chunk.isEmpty { ended = true; condition.broadcast(); condition.unlock(); return }
                    buffer.append(chunk)
                    while let newline = buffer.firstIndex(of: 0x0A) {
                        lines.append(String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self))
                        buffer = Data(buffer[(newline + 1)...])
                    }
                    condition.broadcast()
                    condition.unlock()
                }
            }
        }

        /// The line number `index` (0-based), waiting up to `timeout` seconds; nil if it did not come.
        func line(_ index: Int, timeout: TimeInterval) -> String? {
            let deadline = Date(timeIntervalSinceNow: timeout)
            condition.lock()
            defer { condition.unlock() }
            while lines.count <= index && !ended {
                if !condition.wait(until: deadline) { break }
            }
            return index < lines.count ? lines[index] : nil
        }

        /// Every line, once the stream has ended.
        func all(timeout: TimeInterval) -> [String] {
            let deadline = Date(timeIntervalSinceNow: timeout)
            condition.lock()
            defer { condition.unlock() }
            while !ended { if !condition.wait(until: deadline) { break } }
            return lines
        }
    }

    @Test func emitsEachReportBeforeTheNextRecordArrives() throws {
        let process = Process()
        process.executableURL = TestSupport.binary
        process.arguments = ["analyze", "-", "--format", "jsonl", "--jobs", "2"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let collector = LineCollector(output.fileHandleForReading)
        defer { if process.isRunning { process.terminate() } }

        let records = [
            #"{"id": "r1", "text": "“We will not back down,” said Jane Hill, the union leader."}"#,
            #"not json at all"#,
            #"{"id": "r3", "title": "no body"}"#,
            #"{"id": "r4", "text": "“It is done,” Mr. Stone said.", "date": "2016-01-02"}"#,
        ]
        for (index, record) in records.enumerated() {
            input.fileHandleForWriting.write(Data((record + "\n").utf8))
            let line = try #require(collector.line(index, timeout: 10), "report \(index + 1) arrives while the input is still open")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            switch index {
            case 0: #expect(object["id"] as? String == "r1" && (object["quotes"] as? [Any])?.count == 1)
            case 1: #expect(object["id"] as? String == "-:2" && object["error"] != nil, "a line that is not JSON: error record with its line")
            case 2: #expect(object["id"] as? String == "r3" && object["error"] != nil, "a record without text: error record with its id")
            default: #expect(object["id"] as? String == "r4" && object["error"] == nil)
            }
        }
        try input.fileHandleForWriting.close()
        #expect(collector.all(timeout: 10).count == records.count, "one line per record, nothing after the input ends")
        process.waitUntilExit()
        #expect(process.terminationStatus == 1, "some records failed")
    }
}
