import Foundation
import Testing
@testable import Hearsay

/// JSON Lines output with `--resume`: earlier reports are copied first, error records dropped.
@Suite struct JSONReportWriterTests {
    func lines(_ url: URL) throws -> [[String: Any]] {
        try String(decoding: Data(contentsOf: url), as: UTF8.self).split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }

    @Test func resumeCopiesCompleteReportsAndRetriesFailures() throws {
        let directory = try CorpusFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("out.jsonl")
        let analyses = try CorpusFixture.analyses()
        var first = try JSONReportWriter(path: path.path, lines: true, pretty: false)
        try first.write(.analysis(analyses[0]))
        try first.write(.failure(id: "a2", message: "broken"))
        try first.write(.analysis(analyses[2]))
        try first.finish()
        // A torn last line (not written by Hearsay, which commits atomically) is ignored.
        let handle = try FileHandle(forWritingTo: path)
        handle.seekToEndOfFile()
        handle.write(Data(#"{"schema_version": 1, "id": "a4", "quo"#.utf8))
        try handle.close()

        var second = try JSONReportWriter(path: path.path, lines: true, pretty: false, resume: true)
        #expect(second.completedIDs == ["a1", "a3"])
        for analysis in analyses where !second.completedIDs.contains(analysis.id) { try second.write(.analysis(analysis)) }
        try second.finish()
        let ids = try lines(path).map { $0["id"] as! String }
        #expect(ids == ["a1", "a3", "a2", "a4", "a5", "a6"])
        #expect(try lines(path).allSatisfy { $0["error"] == nil })
    }

    @Test func interruptedRunResumesFromPartialFile() throws {
        let directory = try CorpusFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("out.jsonl")
        let analyses = try CorpusFixture.analyses()
        var first = try JSONReportWriter(path: path.path, lines: true, pretty: false)
        try first.write(.analysis(analyses[0]))
        try first.write(.analysis(analyses[1]))
        #expect(try first.keepPartial() == [path.path + ".partial"])
        #expect(!FileManager.default.fileExists(atPath: path.path))
        var second = try JSONReportWriter(path: path.path, lines: true, pretty: false, resume: true)
        #expect(second.completedIDs == ["a1", "a2"])
        for analysis in analyses.dropFirst(2) { try second.write(.analysis(analysis)) }
        try second.finish()
        #expect(try lines(path).map { $0["id"] as! String } == ["a1", "a2", "a3", "a4", "a5", "a6"])
        #expect(!FileManager.default.fileExists(atPath: path.path + ".partial"))
    }

    @Test func resumeNeedsAResumableFormatAndAFile() {
        #expect(throws: HearsayError.self) { try ReportWriters.make(.json, path: "/tmp/x.json", options: OutputOptions(resume: true)) }
        #expect(throws: HearsayError.self) { try ReportWriters.make(.jsonl, path: nil, options: OutputOptions(resume: true)) }
        #expect(throws: HearsayError.self) { try ReportWriters.make(.csv, path: nil, options: OutputOptions()) }
    }
}
