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
        // What was finished is kept as FILE.partial, where --resume picks it up.
        let kept = output + ".partial"
        #expect(summary.contains(kept))
        #expect(!FileManager.default.fileExists(atPath: partial), "the temporary file became \(kept)")
        // The partial file holds complete reports of a prefix of the inputs, in order.
        let lines = String(decoding: FileManager.default.contents(atPath: kept) ?? Data(), as: UTF8.self).split(separator: "\n")
        #expect(!lines.isEmpty && lines.count < 400)
        let ids = try lines.map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["id"] as? String
        }
        #expect(ids == (0..<lines.count).map { inputs.appendingPathComponent(String(format: "a%03d.html", $0)).path })
    }
}

/// A corpus run killed halfway and run again with `--resume` ends with exactly the output of one clean run.
@Suite struct InterruptedResumeTests {
    /// Folder of `count` articles (seed copies and short texts, so the reports differ) and the clean run's output.
    static func corpus(_ count: Int) throws -> (folder: URL, inputs: URL, clean: Data) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-resume-\(UUID().uuidString)")
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        for i in 0..<count {
            let name = inputs.appendingPathComponent(String(format: "a%03d", i)).path
            if i % 3 == 0 {
                try "“We will see about number \(i),” said Jane Doe, the mayor of Boston.\n".write(toFile: name + ".txt", atomically: true, encoding: .utf8)
            } else {
                try FileManager.default.copyItem(atPath: TestSupport.seedPath, toPath: name + ".html")
            }
        }
        let cleanPath = folder.appendingPathComponent("clean.jsonl").path
        let clean = try TestSupport.run(["analyze", inputs.path, "--format", "jsonl", "--output", cleanPath, "--jobs", "2"])
        #expect(clean.status == 0)
        return (folder, inputs, try Data(contentsOf: URL(fileURLWithPath: cleanPath)))
    }

    /// Starts a run into `output`, sends `signal` once some reports are written, waits for the end.
    static func interrupt(_ inputs: URL, _ output: String, with signal: Int32) throws -> Int32 {
        let process = Process()
        process.executableURL = TestSupport.binary
        process.arguments = ["analyze", inputs.path, "--format", "jsonl", "--output", output, "--jobs", "2"]
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let partial = output + ".partial-\(process.processIdentifier)"
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, ((try? FileManager.default.attributesOfItem(atPath: partial)[.size] as? Int) ?? 0) < 20_000 {
            Thread.sleep(forTimeInterval: 0.02)
        }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test(arguments: [SIGINT, SIGTERM, SIGKILL])
    func killedThenResumedEqualsOneCleanRun(signal: Int32) throws {
        let (folder, inputs, clean) = try Self.corpus(300)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out.jsonl").path
        let status = try Self.interrupt(inputs, output, with: signal)
        if signal != SIGKILL { #expect(status == 130) }
        #expect(!FileManager.default.fileExists(atPath: output), "an interrupted run commits nothing")
        let resumed = try TestSupport.run(["analyze", inputs.path, "--format", "jsonl", "--output", output, "--jobs", "2", "--resume"])
        #expect(resumed.status == 0)
        let got = try Data(contentsOf: URL(fileURLWithPath: output))
        #expect(got == clean, "resumed output differs from one clean run (\(got.count) vs \(clean.count) bytes)")
        #expect(!FileManager.default.fileExists(atPath: output + ".partial"), "the partial file is consumed")
    }
}
