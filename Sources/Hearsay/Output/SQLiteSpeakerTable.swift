import GRDB

/// Rebuilds a database's `speakers` table and `quotes.speaker_key` from all its articles with
/// `SpeakerDirectory`, writing only what changed (so an unchanged corpus is left untouched).
enum SQLiteSpeakerTable {
    /// One row of the `speakers` table.
    struct SpeakerRow: Equatable {
        var speakerKey: Int64
        var key: String
        var name: String
        var kind: String
        var gender: String
        var aliases: String
        var quotes: Int
        var articles: Int
    }

    /// Recomputes speakers over every stored article, in one transaction.
    static func rebuild(_ database: DatabaseQueue) throws {
        try database.write { db in
            var counts: [NameObservation: Int] = [:]
            try SQLiteDigestSource.forEach(in: db) { digest in
                for observation in digest.observations { counts[observation, default: 0] += 1 }
            }
            let directory = SpeakerDirectory(counts: counts)
            // Quotes and articles per quoted identity.
            var quotes: [String: Int] = [:], articles: [String: Int] = [:]
            try SQLiteDigestSource.forEach(in: db) { digest in
                var seen: Set<String> = []
                for quote in digest.quotes {
                    guard let speaker = quote.speaker, let identity = directory.identity(for: digest.observation(forSpeaker: speaker)) else { continue }
                    quotes[identity.id, default: 0] += 1
                    if seen.insert(identity.id).inserted { articles[identity.id, default: 0] += 1 }
                }
            }
            var wanted: [SpeakerRow] = []
            var speakerKeys: [String: Int64] = [:]
            for identity in directory.identities where quotes[identity.id] != nil {
                let row = SpeakerRow(speakerKey: Int64(wanted.count + 1), key: identity.id, name: identity.name, kind: identity.kind.rawValue,
                                     gender: identity.gender.rawValue, aliases: SQLiteSchema.list(identity.aliases),
                                     quotes: quotes[identity.id]!, articles: articles[identity.id] ?? 0)
                speakerKeys[identity.id] = row.speakerKey
                wanted.append(row)
            }
            let existing = try Row.fetchAll(db, sql: "SELECT * FROM speakers ORDER BY speaker_key").map { row in
                SpeakerRow(speakerKey: row["speaker_key"], key: row["key"], name: row["name"], kind: row["kind"], gender: row["gender"],
                           aliases: row["aliases"], quotes: row["quotes"], articles: row["articles"])
            }
            if existing != wanted {
                try db.execute(sql: "DELETE FROM speakers")
                let insert = try db.cachedStatement(sql: "INSERT INTO speakers VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                for row in wanted {
                    try insert.execute(arguments: [row.speakerKey, row.key, row.name, row.kind, row.gender, row.aliases, row.quotes, row.articles])
                }
            }
            // Point each quote at its speaker, touching only rows that differ (streaming: the
            // article cursor stays open while quotes, another table, are updated).
            let update = try db.cachedStatement(sql: "UPDATE quotes SET speaker_key = ? WHERE quote_key = ? AND speaker_key IS NOT ?")
            try SQLiteDigestSource.forEach(in: db) { digest in
                for quote in digest.quotes {
                    guard let key = quote.key else { continue }
                    let identity = quote.speaker.flatMap { directory.identity(for: digest.observation(forSpeaker: $0)) }
                    let speakerKey = identity.flatMap { speakerKeys[$0.id] }
                    try update.execute(arguments: [speakerKey, key, speakerKey])
                }
            }
        }
    }
}
