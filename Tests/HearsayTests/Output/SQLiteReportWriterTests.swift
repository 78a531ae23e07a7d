import Foundation
import GRDB
import Testing
@testable import Hearsay

/// The database: same rows as the reports, idempotent re-runs, replaced articles, speakers.
@Suite struct SQLiteReportWriterTests {
    /// Every row of every table, as text, for comparing two states of a database.
    func dump(_ path: String) throws -> [String] {
        let database = try DatabaseQueue(path: path)
        return try database.read { db in
            var rows: [String] = []
            for table in ["articles", "quotes", "speakers", "people", "places", "mentions"] {
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2") { rows.append(table + " " + row.description) }
            }
            return rows
        }
    }

    func count(_ path: String, _ sql: String) throws -> Int {
        try DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: sql) ?? -1 }
    }

    func write(_ analyses: [Analysis], to path: String) throws {
        var writer = try SQLiteReportWriter(path: path, batchSize: 2)
        for analysis in analyses { try writer.write(.analysis(analysis)) }
        try writer.write(.failure(id: "broken", message: "not stored"))
        try writer.finish()
    }

    @Test func secondRunChangesNothing() throws {
        let directory = try CorpusFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("corpus.db").path
        let analyses = try CorpusFixture.analyses()
        try write(analyses, to: path)
        #expect(try count(path, "SELECT count(*) FROM quotes") == CorpusFixture.quoteCount)
        #expect(try count(path, "SELECT count(*) FROM articles") == analyses.count)
        let before = try dump(path)
        let bytesBefore = try Data(contentsOf: URL(fileURLWithPath: path))
        try write(analyses, to: path)
        #expect(try dump(path) == before)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytesBefore, "not a byte of the file changes")
    }

    @Test func changedArticleIsReplacedAndOthersKept() throws {
        let directory = try CorpusFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("corpus.db").path
        var analyses = try CorpusFixture.analyses()
        try write(analyses, to: path)
        var changed = try Pipeline.standard().analyze(text: "“Nothing to add,” said Ann Lee.", id: "a6")
        changed.metadata.date = "2016-06-01"
        analyses = [changed]
        try write(analyses, to: path)
        #expect(try count(path, "SELECT count(*) FROM articles") == 6)
        #expect(try count(path, "SELECT count(*) FROM quotes") == CorpusFixture.quoteCount - 1)
        #expect(try count(path, "SELECT count(*) FROM quotes q JOIN articles a USING (article_key) WHERE a.id = 'a6'") == 1)
    }

    @Test func speakersAreMergedAcrossArticles() throws {
        let directory = try CorpusFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("corpus.db").path
        try write(try CorpusFixture.analyses(), to: path)
        let speakers = try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: "SELECT name, quotes, articles FROM speakers ORDER BY name").map { "\($0["name"] as String) \($0["quotes"] as Int)/\($0["articles"] as Int)" }
        }
        // "Mr. Trump" alone joins Donald Trump (the only Trump); the lone "Clinton" stays apart
        // (two Clintons, nothing in the corpus settles which).
        #expect(speakers == ["Ann Lee 2/1", "Bill Clinton 2/1", "Clinton 1/1", "Donald Trump 2/2", "Hillary Clinton 1/1"])
        #expect(try count(path, "SELECT count(*) FROM quotes WHERE speaker_key IS NULL") == 0)
    }

    @Test func readsBackAsDigests() throws {
        let directory = try CorpusFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("corpus.db").path
        let analyses = try CorpusFixture.analyses()
        try write(analyses, to: path)
        var fromDatabase: [StoredArticle] = []
        try DigestSources.open(path).forEach { fromDatabase.append($0) }
        var expected = analyses.map { StoredArticle(Report($0)) }
        for index in expected.indices { for q in expected[index].quotes.indices { expected[index].quotes[q].key = fromDatabase[index].quotes[q].key } }
        #expect(fromDatabase == expected)
    }
}
