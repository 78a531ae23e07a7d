import Foundation

/// Renders a speaker list as a text table, CSV or JSON (what `hearsay speakers` prints).
public enum SpeakerListing {
    /// The output formats.
    public enum Format: String, Sendable, CaseIterable {
        case table, csv, json
    }

    /// The list in `format`.
    public static func render(_ speakers: [SpeakerSummary], format: Format) -> String {
        switch format {
        case .table: return table(speakers)
        case .csv: return csv(speakers)
        case .json: return json(speakers)
        }
    }

    /// "Name (3), Other (1)".
    static func list(_ counts: [SpeakerSummary.Count], limit: Int) -> String {
        counts.prefix(limit).map { "\($0.name) (\($0.count))" }.joined(separator: ", ")
    }

    /// The date part of an ISO 8601 timestamp.
    static func day(_ date: String?) -> String { date.map { String($0.prefix(10)) } ?? "" }

    /// Aligned columns for a terminal: the three top outlets, places and people, and aliases.
    public static func table(_ speakers: [SpeakerSummary]) -> String {
        let header = ["SPEAKER", "QUOTES", "ARTICLES", "FIRST", "LAST", "OUTLETS", "PLACES", "PEOPLE", "ALIASES"]
        var rows = [header]
        for s in speakers {
            rows.append([s.name, String(s.quotes), String(s.articles), day(s.firstDate), day(s.lastDate), list(s.outlets, limit: 3),
                         list(s.places, limit: 3), list(s.people, limit: 3), s.aliases.prefix(4).joined(separator: ", ")])
        }
        return TextTable.render(rows, rightAligned: [1, 2], maxWidth: 36)
    }

    /// One row per speaker, lists joined with " | ".
    public static func csv(_ speakers: [SpeakerSummary]) -> String {
        let dialect = DelimitedText.csv
        var out = dialect.record(["name", "kind", "quotes", "articles", "first_date", "last_date", "outlets", "places", "people", "aliases"])
        func joined(_ counts: [SpeakerSummary.Count]) -> String { counts.map { "\($0.name) (\($0.count))" }.joined(separator: " | ") }
        for s in speakers {
            out += dialect.record([s.name, s.kind, String(s.quotes), String(s.articles), s.firstDate ?? "", s.lastDate ?? "", joined(s.outlets),
                                   joined(s.places), joined(s.people), s.aliases.joined(separator: " | ")])
        }
        return out
    }

    /// A JSON array of speakers.
    public static func json(_ speakers: [SpeakerSummary]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(speakers)) ?? Data("[]".utf8), as: UTF8.self) + "\n"
    }
}
