import Foundation
import Testing
@testable import Hearsay

/// The exit statuses README documents: 0 all analysed, 1 some inputs failed, 64 usage error,
/// 74 output unwritable, 130 interrupted (SIGINT).
@Suite struct ExitStatusTests {
    @Test func allFineIs0AndSomeFailedIs1() throws {
        #expect(try TestSupport.run(["analyze", TestSupport.seedPath]).status == 0)
        #expect(try TestSupport.run(["analyze", TestSupport.seedPath, "/nonexistent.html"]).status == 1)
    }

    @Test func usageErrorIs64() throws {
        #expect(try TestSupport.run(["analyze"]).status == 64)
        #expect(try TestSupport.run(["analyze", "x", "--jobs", "0"]).status == 64)
        #expect(try TestSupport.run(["analyze", "x", "--bogus-option"]).status == 64)
    }

    @Test func anOutputPathThatCannotBeCreatedIs74() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-not-a-folder-\(UUID().uuidString)")
        try Data().write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try TestSupport.run(["analyze", TestSupport.seedPath, "--output", file.appendingPathComponent("out.json").path])
        #expect(result.status == 74)
        #expect(String(decoding: result.err, as: UTF8.self).contains("cannot write"))
    }

    @Test func aFullDiskOnStandardOutputIs74() throws {
        let process = Process()
        process.executableURL = TestSupport.binary
        process.arguments = ["analyze", TestSupport.seedPath]
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        let err = Pipe()
        process.standardError = err
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 74)
        #expect(message.contains("No space left on device"))
    }

    @Test func sigintStopsCleanlyWithoutCommittingTheOutput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-sigint-\(UUID().uuidString)")
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for i in 0..<400 {
            try FileManager.default.copyItem(atPath: TestSupport.seedPath, toPath: inputs.appendingPathComponent(String(format: "a%03d.html", i)).path)
        }
        let output = folder.appendingPathComponent("out.jsonl").path
        let process = Process()
        process.executableURL = TestSupport.binary
        process.arguments = ["analyze", inputs.path, "--format", "jsonl", "--output", output, "--jobs", "2"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let partial = output + ".partial-\(process.processIdentifier)"
        // Interrupt once the first reports are written.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, ((try? FileManager.default.attributesOfItem(atPath: partial)[.size] as? Int) ?? 0) == 0 {
            Thread.sleep(forTimeInterval: 0.05)
        }
        kill(process.processIdentifier, SIGINT)
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 130)
        #expect(!FileManager.default.fileExists(atPath: output), "the output is not committed")
        let summary = message.split(separator: "\n").last.map(String.init) ?? ""
        #expect(summary.hasPrefix("hearsay: interrupted: "))
        #expect(summary.contains(partial))
        // The partial file holds complete reports of a prefix of the inputs, in order.
        let lines = String(decoding: FileManager.default.contents(atPath: partial) ?? Data(), as: UTF8.self).split(separator: "\n")
        #expect(!lines.isEmpty && lines.count < 400)
        let ids = try lines.map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["id"] as? String
        }
        #expect(ids == (0..<lines.count).map { inputs.appendingPathComponent(String(format: "a%03d.html", $0)).path })
    }
}
