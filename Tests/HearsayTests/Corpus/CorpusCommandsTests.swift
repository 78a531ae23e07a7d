import Foundation
import Testing
@testable import Hearsay

/// The corpus commands as a user runs them: spreadsheets, the database, resume, speakers, compare.
@Suite(.serialized) struct CorpusCommandsTests {
    /// A folder with the fixture corpus as `corpus.jsonl`.
    func corpus() throws -> URL {
        let directory = try CorpusFixture.temporaryDirectory()
        try CorpusFixture.writeInput(to: directory.appendingPathComponent("corpus.jsonl"))
        return directory
    }

    @Test func csvFolderAndSQLiteAgreeWithTheReports() throws {
        let dir = try corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("corpus.jsonl").path
        let jsonl = try TestSupport.run(["analyze", input, "--format", "jsonl", "--quiet"])
        #expect(jsonl.status == 0)
        let quotes = String(decoding: jsonl.out, as: UTF8.self).split(separator: "\n")
            .map { try! JSONDecoder().decode(Report.self, from: Data($0.utf8)).quotes.count }.reduce(0, +)
        #expect(quotes == CorpusFixture.quoteCount)
        #expect(jsonl.err.isEmpty, "no progress bar when stderr is not a terminal")

        let csv = try TestSupport.run(["analyze", input, "--format", "csv", "--output", dir.appendingPathComponent("sheets").path, "--excel"])
        #expect(csv.status == 0)
        let text = String(decoding: try Data(contentsOf: dir.appendingPathComponent("sheets/quotes.csv")), as: UTF8.self)
        #expect(try CSVTestParser.parse(text).count - 1 == quotes)

        let tsv = try TestSupport.run(["analyze", input, "--tsv", "--output", dir.appendingPathComponent("tabs").path])
        #expect(tsv.status == 0)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("tabs/quotes.tsv").path))

        let db = dir.appendingPathComponent("corpus.db").path
        #expect(try TestSupport.run(["analyze", input, "--sqlite", db]).status == 0)
        let first = try Data(contentsOf: URL(fileURLWithPath: db))
        let again = try TestSupport.run(["analyze", input, "--sqlite", db])
        #expect(again.status == 0 && again.out.isEmpty, "--sqlite alone writes no report stream")
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == first, "the second run changes nothing")
    }

    @Test func speakersAndCompareFromReportsAndDatabase() throws {
        let dir = try corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("corpus.jsonl").path
        let reports = dir.appendingPathComponent("reports.jsonl").path
        let db = dir.appendingPathComponent("corpus.db").path
        #expect(try TestSupport.run(["analyze", input, "--format", "jsonl", "--output", reports, "--sqlite", db]).status == 0)
        for source in [reports, db] {
            let listed = try TestSupport.run(["speakers", source, "--format", "csv"])
            #expect(listed.status == 0)
            let rows = try CSVTestParser.parse(String(decoding: listed.out, as: UTF8.self))
            let names = rows.dropFirst().map { $0[0] }
            #expect(names.filter { $0 == "Donald Trump" }.count == 1)
            #expect(!names.contains("Mr. Trump") && !names.contains("Trump"))
            #expect(names.contains("Hillary Clinton") && names.contains("Bill Clinton"))
            let trump = rows.first { $0[0] == "Donald Trump" }!
            #expect(trump[2] == "2" && trump[3] == "2", "quotes and articles across both articles")

            for format in ["table", "json", "html"] {
                let compared = try TestSupport.run(["compare", "Donald Trump", "Hillary Clinton", "--corpus", source, "--format", format])
                #expect(compared.status == 0, "compare --format \(format)")
                #expect(!compared.out.isEmpty)
            }
        }
        let page = dir.appendingPathComponent("page.html")
        #expect(try TestSupport.run(["compare", "Trump", "Mrs. Clinton", "--corpus", db, "--format", "html", "--output", page.path]).status == 0)
        #expect(try String(contentsOf: page, encoding: .utf8).contains("<svg"))
        #expect(try TestSupport.run(["compare", "Donald Trump", "Nobody Known", "--corpus", db]).status == 64)
        #expect(try TestSupport.run(["speakers", dir.appendingPathComponent("missing.db").path]).status == 66)
    }

    @Test func resumeSkipsWhatTheOutputHolds() throws {
        let dir = try corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("corpus.jsonl")
        let lines = try String(contentsOf: input, encoding: .utf8).split(separator: "\n")
        let half = dir.appendingPathComponent("half.jsonl")
        try (lines.prefix(3).joined(separator: "\n") + "\n").write(to: half, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out.jsonl").path
        #expect(try TestSupport.run(["analyze", half.path, "--format", "jsonl", "--output", out]).status == 0)
        let resumed = try TestSupport.run(["analyze", input.path, "--format", "jsonl", "--output", out, "--resume"])
        #expect(resumed.status == 0)
        let ids = try String(contentsOf: URL(fileURLWithPath: out), encoding: .utf8).split(separator: "\n").map {
            try JSONDecoder().decode(Report.self, from: Data($0.utf8)).id
        }
        #expect(ids == CorpusFixture.records.map(\.id))
    }

    @Test func usageErrors() throws {
        #expect(try TestSupport.run(["analyze", "x", "--format", "csv"]).status == 64, "csv needs --output DIR")
        #expect(try TestSupport.run(["analyze", "x", "--format", "json", "--resume", "--output", "/tmp/x.json"]).status == 64)
        #expect(try TestSupport.run(["analyze", "x", "--excel"]).status == 64)
        #expect(try TestSupport.run(["compare", "Only One", "--corpus", "x"]).status == 64)
    }
}
