import GRDB
import Foundation

/// The tables of a Hearsay database and the migrations that create them.
///
/// - `articles`: one row per article, keyed by `id`, with the SHA-256 `content_hash` of its
///   report: a re-run skips an article whose hash is unchanged and replaces one whose report
///   changed (new text, or a newer Hearsay).
/// - `quotes`, `people`, `places`, `mentions`: the article's rows (deleted with it).
/// - `speakers`: one row per corpus-wide speaker (`SpeakerDirectory`), rebuilt at the end of
///   each run; `quotes.speaker_key` points at it.
enum SQLiteSchema {
    /// Creates or upgrades the tables.
    static func migrate(_ database: DatabaseQueue) throws {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE articles (
                    article_key INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    content_hash TEXT NOT NULL,
                    title TEXT, date TEXT, url TEXT, outlet TEXT, site_name TEXT, authors TEXT, language TEXT,
                    characters INTEGER NOT NULL, quote_count INTEGER NOT NULL, warnings TEXT NOT NULL,
                    text TEXT NOT NULL
                );
                CREATE TABLE speakers (
                    speaker_key INTEGER PRIMARY KEY,
                    key TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    gender TEXT NOT NULL,
                    aliases TEXT NOT NULL,
                    quotes INTEGER NOT NULL,
                    articles INTEGER NOT NULL
                );
                CREATE TABLE quotes (
                    quote_key INTEGER PRIMARY KEY,
                    article_key INTEGER NOT NULL REFERENCES articles(article_key) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    paragraph INTEGER NOT NULL,
                    text TEXT NOT NULL, kind TEXT NOT NULL,
                    speaker TEXT, speaker_mention TEXT, mention_start INTEGER, mention_end INTEGER,
                    cue TEXT, sieve TEXT, confidence REAL,
                    start INTEGER NOT NULL, "end" INTEGER NOT NULL, context TEXT NOT NULL,
                    speaker_key INTEGER REFERENCES speakers(speaker_key) ON DELETE SET NULL,
                    UNIQUE (article_key, position)
                );
                CREATE INDEX quotes_speaker_key ON quotes(speaker_key);
                CREATE TABLE people (
                    article_key INTEGER NOT NULL REFERENCES articles(article_key) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    name TEXT NOT NULL, gender TEXT, roles TEXT NOT NULL,
                    mentions INTEGER NOT NULL, quotes INTEGER NOT NULL, forms TEXT NOT NULL,
                    PRIMARY KEY (article_key, position)
                );
                CREATE INDEX people_name ON people(name);
                CREATE TABLE places (
                    article_key INTEGER NOT NULL REFERENCES articles(article_key) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    name TEXT NOT NULL, mentions INTEGER NOT NULL, forms TEXT NOT NULL,
                    PRIMARY KEY (article_key, position)
                );
                CREATE INDEX places_name ON places(name);
                CREATE TABLE mentions (
                    article_key INTEGER NOT NULL REFERENCES articles(article_key) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    kind TEXT NOT NULL, entity TEXT NOT NULL, text TEXT NOT NULL,
                    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                    PRIMARY KEY (article_key, position)
                );
                CREATE INDEX mentions_entity ON mentions(entity);
                """)
        }
        try migrator.migrate(database)
    }

    /// Encodes a list of strings for one column (a JSON array).
    static func list(_ values: [String]) -> String {
        String(decoding: JSONList.encode(values), as: UTF8.self)
    }
}

/// Lists stored as JSON arrays of strings in one database column.
enum JSONList {
    /// The JSON array of `values`.
    static func encode(_ values: [String]) -> [UInt8] {
        var writer = JSONWriter(pretty: false)
        writer.beginArray()
        for value in values { writer.value(value) }
        writer.endArray()
        return writer.bytes
    }

    /// The strings of a JSON array (empty when it is not one).
    static func decode(_ text: String?) -> [String] {
        guard let text, let data = text.data(using: .utf8),
              let array = try? JSONSerialization.jsonObject(with: data) as? [String] else { return [] }
        return array
    }
}
