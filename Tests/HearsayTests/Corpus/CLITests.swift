import Foundation
import Testing
@testable import Hearsay

/// The `hearsay` command as a user runs it.
@Suite struct CLITests {
    @Test func analyzeSeedPrintsOneReport() throws {
        let result = try TestSupport.run(["analyze", TestSupport.seedPath, "--format", "json"])
        #expect(result.status == 0)
        let report = try JSONDecoder().decode(Report.self, from: result.out)
        #expect(report.quotes.count == 3)
        #expect(report.id == TestSupport.seedPath)
    }

    @Test func jsonlRecordsKeepOrderAndIDs() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(atPath: TestSupport.seedPath, toPath: dir.appendingPathComponent("seed.html").path)
        var lines: [String] = []
        for i in 0..<20 { lines.append(#"{"id": "t\#(i)", "text": "“Number \#(i) is fine,” said Ann Lee."}"#) }
        lines.insert(#"{"id": "h", "html": "<p>“Hello there,” said Bob Stone.</p>"}"#, at: 3)
        lines.insert("this is not json", at: 5)
        lines.insert(#"{"id": "p", "path": "seed.html"}"#, at: 7)
        let jsonl = dir.appendingPathComponent("records.jsonl")
        try lines.joined(separator: "\n").write(to: jsonl, atomically: true, encoding: .utf8)
        let result = try TestSupport.run(["analyze", jsonl.path, "--format", "jsonl", "--jobs", "2"])
        #expect(result.status == 1, "one bad line: exit status 1")
        let records = String(decoding: result.out, as: UTF8.self).split(separator: "\n").map {
            try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        #expect(records.count == 23)
        #expect(records[3]["id"] as? String == "h")
        #expect(records[5]["error"] != nil)
        #expect(records[7]["id"] as? String == "p")
        #expect((records[7]["quotes"] as? [Any])?.count == 3)
        let ids = records.compactMap { $0["id"] as? String }.filter { $0.hasPrefix("t") }
        #expect(ids == (0..<20).map { "t\($0)" })
    }

    @Test func stdinAndOutputFile() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try TestSupport.run(["analyze", "-", "--output", out.path], stdin: Data("“Fine,” said Ann Lee.".utf8))
        #expect(result.status == 0)
        let report = try JSONDecoder().decode(Report.self, from: Data(contentsOf: out))
        #expect(report.quotes.first?.speaker?.name == "Ann Lee")
    }

    @Test func missingFileIsAnErrorRecordAndStatus1() throws {
        let result = try TestSupport.run(["analyze", "/nonexistent/file.html", TestSupport.seedPath, "--format", "jsonl"])
        #expect(result.status == 1)
        let lines = String(decoding: result.out, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].contains("\"error\""))
        #expect(String(decoding: result.err, as: UTF8.self).contains("nonexistent"))
    }

    @Test func usageErrorStatus() throws {
        #expect(try TestSupport.run(["analyze", "x", "--jobs", "0"]).status == 64)
        #expect(try TestSupport.run(["analyze", "x", "--format", "yaml"]).status == 64)
    }

    @Test func extractPrintsCleanText() throws {
        let result = try TestSupport.run(["extract", TestSupport.seedPath])
        #expect(result.status == 0)
        let text = String(decoding: result.out, as: UTF8.self)
        #expect(text.hasPrefix("US not ready to collaborate"))
        #expect(!text.contains("Advertisement"))
    }

    /// `--max-text-mib` sets the analysed-text cap: a 1.5 MiB text is cut at 1 MiB with a
    /// `truncated` warning, analysed whole under the default cap, and 0 is a usage error.
    @Test func maxTextMibSetsTheCap() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-cap-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("long.txt").path
        let paragraph = "“We will see,” said Jane Doe, the mayor of Boston, on Tuesday.\n\n"
        try String(repeating: paragraph, count: (3 << 19) / paragraph.utf8.count + 1).write(toFile: input, atomically: true, encoding: .utf8)
        func warnings(_ extra: [String]) throws -> [String] {
            let output = folder.appendingPathComponent("report.json").path
            let run = try TestSupport.run(["analyze", input, "--format", "json", "--compact", "--output", output] + extra)
            #expect(run.status == 0)
            let data = try Data(contentsOf: URL(fileURLWithPath: output))
            let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            return ((report["warnings"] as? [String]) ?? []).map { String($0.prefix { $0 != ":" }) }
        }
        #expect(try warnings(["--max-text-mib", "1"]).contains("truncated"))
        #expect(try !warnings([]).contains("truncated"))
        #expect(try TestSupport.run(["analyze", input, "--max-text-mib", "0"]).status == 64)
    }
}
