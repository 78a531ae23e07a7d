import Foundation
import GRDB

/// A database that `hearsay analyze --sqlite` wrote, read back as article digests in the
/// order the articles were stored.
public struct SQLiteDigestSource: DigestSource {
    public let path: String

    public init(path: String) { self.path = path }

    public func forEach(_ body: (StoredArticle) throws -> Void) throws {
        var configuration = GRDB.Configuration()
        configuration.readonly = true
        let database: DatabaseQueue
        do { database = try DatabaseQueue(path: path, configuration: configuration) }
        catch { throw HearsayError.unreadable(path: path, reason: "\(error)") }
        do { try database.read { db in try Self.forEach(in: db, body) } }
        catch let error as HearsayError { throw error }
        catch { throw HearsayError.unreadable(path: path, reason: "\(error)") }
    }

    /// Reads the digests inside an open database connection.
    static func forEach(in db: Database, _ body: (StoredArticle) throws -> Void) throws {
        let articles = try Row.fetchCursor(db, sql: "SELECT article_key, id, date, outlet FROM articles ORDER BY article_key")
        let peopleSQL = "SELECT name, gender, forms, mentions FROM people WHERE article_key = ? ORDER BY position"
        let placesSQL = "SELECT name, forms, mentions FROM places WHERE article_key = ? ORDER BY position"
        let organizationsSQL = "SELECT entity FROM mentions WHERE article_key = ? AND kind = 'organization' GROUP BY entity ORDER BY min(position)"
        let quotesSQL = "SELECT quote_key, text, speaker FROM quotes WHERE article_key = ? ORDER BY position"
        while let article = try articles.next() {
            let key: Int64 = article["article_key"]
            let people = try Row.fetchAll(db, sql: peopleSQL, arguments: [key]).map { row in
                StoredArticle.Entity(name: row["name"], gender: (row["gender"] as String?).flatMap(Gender.init(rawValue:)) ?? .unknown,
                                     forms: JSONList.decode(row["forms"]), mentions: row["mentions"])
            }
            let places = try Row.fetchAll(db, sql: placesSQL, arguments: [key]).map { row in
                StoredArticle.Entity(name: row["name"], forms: JSONList.decode(row["forms"]), mentions: row["mentions"])
            }
            let organizations = try String.fetchAll(db, sql: organizationsSQL, arguments: [key])
            let quotes = try Row.fetchAll(db, sql: quotesSQL, arguments: [key]).map { row in
                StoredArticle.Quote(text: row["text"], speaker: row["speaker"], key: row["quote_key"])
            }
            try body(StoredArticle(id: article["id"], date: article["date"], outlet: article["outlet"], people: people, places: places,
                                   organizations: organizations, quotes: quotes))
        }
    }
}
