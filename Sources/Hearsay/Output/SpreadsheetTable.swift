/// The four files of a spreadsheet export and their columns.
///
/// Every file starts with a header row and has the article id in its first column, so rows can
/// be joined across files (and `--resume` can tell which articles a file already holds).
public enum SpreadsheetTable: String, CaseIterable, Sendable {
    case articles, quotes, people, places

    /// The header row.
    public var header: [String] {
        switch self {
        case .articles:
            return ["article_id", "title", "date", "url", "outlet", "authors", "language", "quotes", "people", "places", "characters",
                    "warnings", "error"]
        case .quotes:
            return ["article_id", "title", "date", "url", "paragraph", "quote", "kind", "speaker", "speaker_mention", "cue", "sieve",
                    "confidence", "start", "end", "context"]
        case .people:
            return ["article_id", "name", "gender", "roles", "mentions", "quotes", "forms"]
        case .places:
            return ["article_id", "name", "mentions", "forms"]
        }
    }

    /// The file name in `dialect` (`quotes.csv`, `quotes.tsv`).
    public func fileName(_ dialect: DelimitedText) -> String { rawValue + "." + dialect.fileExtension }

    /// Joins list values inside one cell.
    static func list(_ values: [String]) -> String { values.joined(separator: " | ") }

    /// The cells of an article row.
    static func cells(_ row: ReportRows.ArticleRow) -> [String] {
        [row.id, row.title ?? "", row.date ?? "", row.url ?? "", row.outlet ?? "", list(row.authors), row.language ?? "",
         String(row.quotes), String(row.people), String(row.places), String(row.characters), list(row.warnings), row.error ?? ""]
    }

    /// The cells of a quote row.
    static func cells(_ row: ReportRows.QuoteRow) -> [String] {
        [row.articleID, row.title ?? "", row.date ?? "", row.url ?? "", String(row.paragraph), row.text, row.kind, row.speaker ?? "",
         row.speakerMention ?? "", row.cue ?? "", row.sieve ?? "", row.confidence.map { String($0) } ?? "", String(row.start),
         String(row.end), row.context]
    }

    /// The cells of a person row.
    static func personCells(_ row: ReportRows.EntityRow) -> [String] {
        [row.articleID, row.name, row.gender ?? "", list(row.roles), String(row.mentions), String(row.quotes), list(row.forms)]
    }

    /// The cells of a place row.
    static func placeCells(_ row: ReportRows.EntityRow) -> [String] {
        [row.articleID, row.name, String(row.mentions), list(row.forms)]
    }
}
