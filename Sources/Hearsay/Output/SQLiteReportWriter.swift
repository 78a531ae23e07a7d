import Foundation
import GRDB

/// Writes reports into a SQLite database (through GRDB), in transactions of a few dozen
/// articles, then rebuilds the corpus-wide `speakers` table.
///
/// Running the same articles into the same file again changes nothing: each article is keyed
/// by its `id` and carries the SHA-256 of its report; an unchanged article is skipped, a changed
/// one replaced with all its rows, and articles not in this run are kept. Failed inputs are not
/// stored (they are reported on standard error and in the exit status). Memory stays flat: at
/// most one batch of articles is held.
public struct SQLiteReportWriter: ReportWriter {
    let path: String
    let database: DatabaseQueue
    var pending: [(rows: ReportRows, hash: String, text: String, siteName: String?)] = []
    /// Articles per transaction.
    let batchSize: Int
    public private(set) var completedIDs: Set<String> = []
    /// Articles inserted or replaced so far (unchanged ones are not counted).
    public private(set) var changedArticles = 0

    /// Opens (or creates) the database at `path`.
    ///
    /// - Parameter resume: list the ids already stored in `completedIDs`, to skip them.
    public init(path: String, resume: Bool = false, batchSize: Int = 64) throws {
        self.path = path
        self.batchSize = max(1, batchSize)
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty { try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
        do {
            var configuration = GRDB.Configuration()
            configuration.foreignKeysEnabled = true
            database = try DatabaseQueue(path: path, configuration: configuration)
            try SQLiteSchema.migrate(database)
            if resume { completedIDs = Set(try database.read { try String.fetchAll($0, sql: "SELECT id FROM articles") }) }
        } catch let error as HearsayError {
            throw error
        } catch {
            throw HearsayError.unwritable(path: path, reason: "\(error)")
        }
    }

    public mutating func write(_ outcome: AnalysisOutcome) throws {
        guard case let .analysis(analysis) = outcome else { return }
        let report = Report(analysis)
        pending.append((ReportRows(report), SHA256.hex(report.json(pretty: false)), report.text, report.metadata.siteName))
        if pending.count >= batchSize { try flush() }
    }

    /// Writes the pending articles in one transaction.
    mutating func flush() throws {
        guard !pending.isEmpty else { return }
        let batch = pending
        pending.removeAll()
        do {
            let changed = try database.write { db in
                var changed = 0
                for item in batch where try Self.upsert(item.rows, hash: item.hash, text: item.text, siteName: item.siteName, db) {
                    changed += 1
                }
                return changed
            }
            changedArticles += changed
        } catch {
            throw HearsayError.unwritable(path: path, reason: "\(error)")
        }
    }

    public mutating func finish() throws {
        try flush()
        do { try SQLiteSpeakerTable.rebuild(database) }
        catch let error as HearsayError { throw error }
        catch { throw HearsayError.unwritable(path: path, reason: "\(error)") }
    }

    public mutating func keepPartial() throws -> [String] {
        // Committed batches are complete articles already; the speakers table waits for a
        // finished run.
        try flush()
        return [path]
    }

    /// Inserts or replaces one article; returns false when it was stored unchanged.
    static func upsert(_ rows: ReportRows, hash: String, text: String, siteName: String?, _ db: Database) throws -> Bool {
        let article = rows.article
        if let existing = try Row.fetchOne(db, sql: "SELECT article_key, content_hash FROM articles WHERE id = ?", arguments: [article.id]) {
            if existing["content_hash"] as String == hash { return false }
            try db.execute(sql: "DELETE FROM articles WHERE article_key = ?", arguments: [existing["article_key"] as Int64])
        }
        try db.execute(sql: """
            INSERT INTO articles (id, content_hash, title, date, url, outlet, site_name, authors, language, characters, quote_count, warnings, text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [article.id, hash, article.title, article.date, article.url, article.outlet, siteName,
                             SQLiteSchema.list(article.authors), article.language, article.characters, article.quotes,
                             SQLiteSchema.list(article.warnings), text])
        let key = db.lastInsertedRowID
        let quote = try db.cachedStatement(sql: """
            INSERT INTO quotes (article_key, position, paragraph, text, kind, speaker, speaker_mention, mention_start, mention_end,
                                cue, sieve, confidence, start, "end", context)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for row in rows.quotes {
            try quote.execute(arguments: [key, row.index, row.paragraph, row.text, row.kind, row.speaker, row.speakerMention,
                                          row.mentionStart, row.mentionEnd, row.cue, row.sieve, row.confidence, row.start, row.end,
                                          row.context])
        }
        let person = try db.cachedStatement(sql: """
            INSERT INTO people (article_key, position, name, gender, roles, mentions, quotes, forms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, row) in rows.people.enumerated() {
            try person.execute(arguments: [key, position, row.name, row.gender, SQLiteSchema.list(row.roles), row.mentions, row.quotes,
                                           SQLiteSchema.list(row.forms)])
        }
        let place = try db.cachedStatement(sql: "INSERT INTO places (article_key, position, name, mentions, forms) VALUES (?, ?, ?, ?, ?)")
        for (position, row) in rows.places.enumerated() {
            try place.execute(arguments: [key, position, row.name, row.mentions, SQLiteSchema.list(row.forms)])
        }
        let mention = try db.cachedStatement(sql: """
            INSERT INTO mentions (article_key, position, kind, entity, text, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, row) in rows.mentions.enumerated() {
            try mention.execute(arguments: [key, position, row.kind, row.entity, row.text, row.start, row.end])
        }
        return true
    }
}
