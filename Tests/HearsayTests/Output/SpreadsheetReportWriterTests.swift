import Foundation
import Testing
@testable import Hearsay

/// The spreadsheet export: four files, one row per quote, cells that survive, BOM, TSV, resume.
@Suite struct SpreadsheetReportWriterTests {
    /// Parses one written file.
    func records(_ directory: URL, _ name: String, separator: Character = ",") throws -> [[String]] {
        try CSVTestParser.parse(String(decoding: Data(contentsOf: directory.appendingPathComponent(name)), as: UTF8.self), separator: separator)
    }

    @Test func analysesHaveTheExpectedQuotes() throws {
        #expect(try CorpusFixture.analyses().map(\.quotes.count).reduce(0, +) == CorpusFixture.quoteCount)
    }

    @Test func writesOneRowPerQuoteAndEntity() throws {
        let directory = try CorpusFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var writer = try SpreadsheetReportWriter(directory: directory.path, dialect: .csv)
        let analyses = try CorpusFixture.analyses()
        for analysis in analyses { try writer.write(.analysis(analysis)) }
        try writer.write(.failure(id: "broken", message: "cannot read broken"))
        try writer.finish()
        let quotes = try records(directory, "quotes.csv")
        #expect(quotes.first == SpreadsheetTable.quotes.header)
        #expect(quotes.count - 1 == CorpusFixture.quoteCount)
        #expect(quotes.allSatisfy { $0.count == SpreadsheetTable.quotes.header.count })
        let a6 = quotes.filter { $0[0] == "a6" }
        #expect(a6.map { $0[5] } == ["First part, with a comma.", "Second part with “inner” words,"])
        #expect(a6.allSatisfy { $0[7] == "Ann Lee" })
        #expect(a6[1][14].contains("said Ann Lee"), "the context is the quote's sentence")
        let articles = try records(directory, "articles.csv")
        #expect(articles.count == 1 + analyses.count + 1)
        #expect(articles.last?[0] == "broken" && articles.last?.last == "cannot read broken")
        let people = try records(directory, "people.csv")
        let trump = people.first { $0[0] == "a1" }
        #expect(trump?[1] == "Donald Trump")
        #expect(trump?[6] == "Donald Trump | Trump", "distinct mentions as written (titles are not part of a name)")
        #expect(try records(directory, "places.csv").contains { $0[0] == "a1" && $0[1] == "Ohio" })
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("quotes.csv.partial").path))
    }

    @Test func awkwardCellsSurviveInCSVAndTSV() throws {
        let report = try CorpusFixture.awkwardReport()
        for (dialect, separator) in [(DelimitedText.csv, Character(",")), (DelimitedText.tsv, Character("\t"))] {
            let directory = try CorpusFixture.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            var writer = try SpreadsheetReportWriter(directory: directory.path, dialect: dialect, byteOrderMark: true)
            writer.write(ReportRows(report))
            try writer.finish()
            let name = "quotes." + dialect.fileExtension
            let bytes = [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
            #expect(Array(bytes.prefix(3)) == DelimitedText.byteOrderMark)
            let rows = try records(directory, name, separator: separator)
            #expect(rows.count == 2)
            let row = rows[1]
            #expect(row[0] == "odd,id")
            #expect(row[1] == "Title, with \"quotes\"")
            #expect(row[5] == "Yes, we\nwill,")
            #expect(row[7] == "Jo \"JJ\" Smith")
            #expect(row[14] == "He said: \"Yes, we\nwill,\" and left.")
            #expect(row[12] == "10" && row[13] == "23")
        }
    }

    @Test func resumeKeepsEarlierArticlesAndSkipsThem() throws {
        let directory = try CorpusFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let analyses = try CorpusFixture.analyses()
        var first = try SpreadsheetReportWriter(directory: directory.path, dialect: .csv)
        for analysis in analyses.prefix(3) { try first.write(.analysis(analysis)) }
        try first.write(.failure(id: "a4", message: "failed once"))
        try first.finish()
        var second = try SpreadsheetReportWriter(directory: directory.path, dialect: .csv, resume: true)
        #expect(second.completedIDs == ["a1", "a2", "a3"], "failed articles are tried again")
        for analysis in analyses where !second.completedIDs.contains(analysis.id) { try second.write(.analysis(analysis)) }
        try second.finish()
        let quotes = try records(directory, "quotes.csv")
        #expect(quotes.count - 1 == CorpusFixture.quoteCount)
        #expect(try records(directory, "articles.csv").dropFirst().map { $0[0] } == ["a1", "a2", "a3", "a4", "a5", "a6"])
    }

    @Test func interruptedRunKeepsPartialFilesForResume() throws {
        let directory = try CorpusFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let analyses = try CorpusFixture.analyses()
        var first = try SpreadsheetReportWriter(directory: directory.path, dialect: .csv)
        for analysis in analyses.prefix(2) { try first.write(.analysis(analysis)) }
        let kept = try first.keepPartial()
        #expect(kept.count == 4 && kept.allSatisfy { $0.hasSuffix(".csv.partial") })
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("quotes.csv").path), "nothing looks complete")
        var second = try SpreadsheetReportWriter(directory: directory.path, dialect: .csv, resume: true)
        #expect(second.completedIDs == ["a1", "a2"])
        for analysis in analyses.dropFirst(2) { try second.write(.analysis(analysis)) }
        try second.finish()
        #expect(try records(directory, "quotes.csv").count - 1 == CorpusFixture.quoteCount)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("quotes.csv.partial").path))
    }
}
