import Foundation
import Testing
@testable import Hearsay

/// Every hostile input, alone and all together, in the library and through the `hearsay`
/// binary: a report with a warning or an error record for that input alone, never a crash, a
/// hang or a signal death, and the good articles among them all come out.
@Suite struct HostileInputTests {
    /// Generous bound for one debug-build CLI run on a loaded two-core machine.
    static let timeout: TimeInterval = 120

    @Test(arguments: HostileCorpus.cases)
    func eachInputInTheLibrary(_ hostile: HostileCase) throws {
        let path = try HostileCorpus.path(hostile.name)
        let analyzer = try Pipeline.standard().makeAnalyzer()
        let started = Date()
        let outcomes = InputEnumerator(paths: [path]).map { CorpusRunner.process($0, analyzer) }
        #expect(Date().timeIntervalSince(started) < 30, "time bounded")
        try #require(outcomes.count == 1)
        if let problem = hostile.mismatch(outcomes[0]) { Issue.record(Comment(rawValue: problem)) }
    }

    @Test(arguments: HostileCorpus.cases)
    func eachInputThroughTheCLI(_ hostile: HostileCase) throws {
        let path = try HostileCorpus.path(hostile.name)
        let result = try TestSupport.run(["analyze", path, "--format", "jsonl"], timeout: Self.timeout)
        let expectsError = if case .error = hostile.outcome { true } else { false }
        #expect(result.status == (expectsError ? 1 : 0), "exit status (9 would be a kill on timeout)")
        let lines = String(decoding: result.out, as: UTF8.self).split(separator: "\n")
        try #require(lines.count == 1)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(record["id"] as? String == path)
        if let problem = hostile.mismatch(record: record) { Issue.record(Comment(rawValue: problem)) }
        if case let .error(message) = hostile.outcome {
            #expect(String(decoding: result.err, as: UTF8.self).contains(message), "the error is also on stderr")
        }
    }

    @Test func wholeFolderThroughTheCLI() throws {
        let folder = try HostileCorpus.folder.get().path
        let result = try TestSupport.run(["analyze", folder, "--format", "jsonl", "--jobs", "2"], timeout: Self.timeout)
        #expect(result.status == 1, "some inputs failed")
        var records: [String: [String: Any]] = [:]
        for line in String(decoding: result.out, as: UTF8.self).split(separator: "\n") {
            let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let id = try #require(record["id"] as? String)
            #expect(records[id] == nil, "one record per input: \(id)")
            records[id] = record
        }
        for hostile in HostileCorpus.cases {
            let record = records[try HostileCorpus.path(hostile.name)]
            guard let record else { Issue.record("no record for \(hostile.name)"); continue }
            if let problem = hostile.mismatch(record: record) { Issue.record(Comment(rawValue: "\(hostile.name): \(problem)")) }
        }
        for (name, message) in HostileCorpus.folderOnlyErrors {
            let error = records[try HostileCorpus.path(name)]?["error"] as? String
            #expect(error?.contains(message) == true, "\(name): \(error ?? "no error record")")
        }
        // The good records of records.jsonl come out between its bad lines.
        for id in ["good-1", "good-2", "good-3", "good-4"] {
            #expect((records[id]?["quotes"] as? [Any])?.isEmpty == false, "\(id) analysed")
        }
        #expect(records[try HostileCorpus.path("unreadable.html")] != nil, "unreadable.html: analysed (root) or an error record")
        // Cases, the folder-only errors, unreadable.html and the 16 non-blank lines of records.jsonl.
        #expect(records.count == HostileCorpus.cases.count + HostileCorpus.folderOnlyErrors.count + 1 + 14)
    }

    @Test func unreadableFile() throws {
        let path = try HostileCorpus.path("unreadable.html")
        let result = try TestSupport.run(["analyze", path, "--format", "jsonl"], timeout: Self.timeout)
        let record = try JSONSerialization.jsonObject(with: result.out) as? [String: Any]
        if HostileCorpus.chmodBlocksReading {
            #expect(result.status == 1)
            #expect((record?["error"] as? String)?.contains("Permission denied") == true)
        } else {
            // Running as root: chmod 000 does not stop reading, so the file is analysed; the
            // unreadable cases are then the FIFO and the dangling link in the folder.
            #expect(result.status == 0)
            #expect(record?["quotes"] != nil)
        }
    }

    @Test func aFIFONamedOnTheCommandLineIsRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("article.txt").path
        try #require(mkfifo(fifo, 0o600) == 0)
        let writer = Thread {
            // Blocks until the CLI opens the FIFO for reading.
            guard let handle = FileHandle(forWritingAtPath: fifo) else { return }
            handle.write(Data("“It arrived through a pipe,” said Ann Lee.".utf8))
            try? handle.close()
        }
        writer.start()
        let result = try TestSupport.run(["analyze", fifo, "--format", "jsonl"], timeout: Self.timeout)
        #expect(result.status == 0)
        let record = try JSONSerialization.jsonObject(with: result.out) as? [String: Any]
        let quote = (record?["quotes"] as? [[String: Any]])?.first
        #expect((quote?["speaker"] as? [String: Any])?["name"] as? String == "Ann Lee")
    }

    @Test func gzipBombIsRefusedFastWithoutHoldingItsOutput() throws {
        let bomb = [UInt8](try Data(contentsOf: URL(fileURLWithPath: try HostileCorpus.path("gzip-bomb-4GiB.html.gz"))))
        let started = Date()
        #expect(throws: HearsayError.badCompressedData(path: "bomb", reason: "inflates to more than the cap of 268435456 bytes")) {
            try Gzip.inflate(bomb, limit: 256 << 20, name: "bomb")
        }
        #expect(Date().timeIntervalSince(started) < 20)
        // The CLI on the bomb alone: its own peak memory stays far below the 256 MiB cap.
        let result = try TestSupport.runTrackingPeakMemory(["analyze", try HostileCorpus.path("gzip-bomb-4GiB.html.gz")])
        #expect(result.status == 1)
        #expect(result.peakKB > 1024 && result.peakKB < 200 * 1024, "peak RSS of the run: \(result.peakKB) KB")
    }

    @Test func badJSONLLinesFailAloneBetweenGoodOnes() throws {
        let path = try HostileCorpus.path("records.jsonl")
        let result = try TestSupport.run(["analyze", path, "--format", "jsonl"], timeout: Self.timeout)
        #expect(result.status == 1)
        let records = try String(decoding: result.out, as: UTF8.self).split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        let expected: [(id: String, error: String?)] = [
            ("good-1", nil),
            ("\(path):2", "not valid JSON"),
            ("good-2", nil),
            ("\(path):4", "not a record object but an array"),
            ("no-content", "record has none of \"text\", \"html\" or \"path\""),
            ("wrong-type", "\"text\" is the value 42, not a string"),
            ("\(path):7", "not valid JSON"),
            ("\(path):10", "not valid JSON (it is not even valid UTF-8)"),
            ("missing-file", "does-not-exist.html: no such file or directory"),
            ("nul-in-text", nil),
            ("\(path):13", "not valid JSON"),
            ("good-3", nil),
            ("\(path):15", "not valid JSON"),
            ("good-4", nil),
        ]
        try #require(records.count == expected.count)
        for (record, (id, error)) in zip(records, expected) {
            #expect(record["id"] as? String == id)
            if let error {
                #expect((record["error"] as? String)?.contains(error) == true, "\(id): \(record["error"] ?? "no error")")
            } else {
                #expect(record["error"] == nil, "\(id) analysed")
            }
        }
    }
}
