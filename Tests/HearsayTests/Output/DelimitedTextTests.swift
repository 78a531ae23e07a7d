import Foundation
import Testing
@testable import Hearsay

/// RFC 4180 quoting: every awkward cell survives a round trip through an independent parser.
@Suite struct DelimitedTextTests {
    static let awkward = ["plain", "with, comma", "say \"hi\"", "two\nlines", "crlf\r\nend", "", " spaced ", "tab\there", "“curly”", "ünï"]

    @Test func csvRoundTripsAwkwardCells() throws {
        let text = DelimitedText.csv.record(Self.awkward) + DelimitedText.csv.record(["a", "b"])
        let records = try CSVTestParser.parse(text)
        #expect(records == [Self.awkward, ["a", "b"]])
    }

    @Test func tsvRoundTripsAwkwardCells() throws {
        let text = DelimitedText.tsv.record(Self.awkward)
        #expect(try CSVTestParser.parse(text, separator: "\t") == [Self.awkward])
    }

    @Test func quotesOnlyWhenNeeded() {
        #expect(DelimitedText.csv.field("plain") == "plain")
        #expect(DelimitedText.csv.field("a,b") == "\"a,b\"")
        #expect(DelimitedText.csv.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(DelimitedText.tsv.field("a,b") == "a,b")
        #expect(DelimitedText.tsv.field("a\tb") == "\"a\tb\"")
        #expect(DelimitedText.csv.record(["a", "b"]) == "a,b\r\n")
    }

    @Test func readerKeepsRawRecordsAndParsesFields() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-dt-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        let text = DelimitedText.csv.record(["id", "value"]) + DelimitedText.csv.record(["x1", "two\nlines, \"quoted\""])
            + DelimitedText.csv.record(["x2", ""])
        try Data(DelimitedText.byteOrderMark + Array(text.utf8)).write(to: url)
        let reader = try DelimitedTextReader(path: url.path, dialect: .csv)
        var records: [(fields: [String], raw: [UInt8])] = []
        while let record = reader.next() { records.append(record) }
        #expect(records.map(\.fields) == [["id", "value"], ["x1", "two\nlines, \"quoted\""], ["x2", ""]])
        #expect(records.flatMap(\.raw) == Array(text.utf8), "raw bytes are the records exactly, without the BOM")
    }
}
