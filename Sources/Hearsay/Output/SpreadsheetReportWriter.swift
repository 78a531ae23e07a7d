import Foundation

/// Writes reports as spreadsheet files in a folder: `articles`, `quotes`, `people` and `places`
/// (`.csv` or `.tsv`), each written atomically through `OutputFile`.
///
/// Rows stream straight to the files; nothing is held back, so memory stays flat however many
/// articles pass through. A failed input gets an `articles` row with its `error`.
public struct SpreadsheetReportWriter: ReportWriter {
    let dialect: DelimitedText
    let directory: String
    var files: [SpreadsheetTable: OutputFile] = [:]
    public private(set) var completedIDs: Set<String> = []

    /// Opens the four files in `directory` (created if missing).
    ///
    /// - Parameters:
    ///   - byteOrderMark: start each file with a UTF-8 BOM (for Excel).
    ///   - resume: keep the rows of articles already in the folder's files (or in the
    ///     `.partial` files an interrupted run left) and report their ids in `completedIDs`;
    ///     failed articles are not kept, so they are tried again.
    public init(directory: String, dialect: DelimitedText, byteOrderMark: Bool = false, resume: Bool = false) throws {
        self.dialect = dialect
        self.directory = directory
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw HearsayError.unwritable(path: directory, reason: "not a directory (spreadsheet output is a folder of files)")
        }
        do { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
        catch { throw HearsayError.unwritable(path: directory, reason: error.localizedDescription) }
        var sources: [String: Int] = [:]
        if resume {
            sources = try completedArticles(at: path(.articles))
            completedIDs = Set(sources.keys)
        }
        for table in SpreadsheetTable.allCases {
            let file = try OutputFile(path: path(table))
            if byteOrderMark { file.write(DelimitedText.byteOrderMark) }
            file.write(dialect.record(table.header))
            if resume { try Self.copyRows(from: ResumeSources.paths(for: path(table)), dialect: dialect, sources: sources, into: file) }
            files[table] = file
        }
    }

    /// The path of a table's file.
    func path(_ table: SpreadsheetTable) -> String {
        (directory as NSString).appendingPathComponent(table.fileName(dialect))
    }

    /// The ids of the articles the existing files hold without error, each with the index of
    /// the source (final file 0, `.partial` 1) whose rows are kept: the newest that has it.
    func completedArticles(at path: String) throws -> [String: Int] {
        var result: [String: Int] = [:]
        for (index, source) in ResumeSources.paths(for: path).enumerated() {
            let reader = try DelimitedTextReader(path: source, dialect: dialect)
            _ = reader.next()
            while let (fields, _) = reader.next() {
                guard let id = fields.first else { continue }
                let failed = fields.count >= SpreadsheetTable.articles.header.count && !fields[fields.count - 1].isEmpty
                if failed { if result[id] == index { result[id] = nil } } else { result[id] = index }
            }
        }
        return result
    }

    /// Copies the rows of kept articles from each source into `file`, skipping headers.
    static func copyRows(from paths: [String], dialect: DelimitedText, sources: [String: Int], into file: OutputFile) throws {
        for (index, source) in paths.enumerated() {
            let reader = try DelimitedTextReader(path: source, dialect: dialect)
            _ = reader.next()
            while let (fields, raw) = reader.next() {
                guard let id = fields.first, sources[id] == index else { continue }
                file.write(raw.last == 0x0A ? raw : raw + [0x0D, 0x0A])
            }
        }
    }

    public mutating func write(_ outcome: AnalysisOutcome) throws {
        switch outcome {
        case let .failure(id, message):
            files[.articles]!.write(dialect.record(SpreadsheetTable.cells(ReportRows.failedArticle(id: id, message: message))))
        case let .analysis(analysis):
            write(ReportRows(Report(analysis)))
        }
    }

    /// Appends the rows of one report.
    public mutating func write(_ rows: ReportRows) {
        files[.articles]!.write(dialect.record(SpreadsheetTable.cells(rows.article)))
        let quotes = files[.quotes]!, people = files[.people]!, places = files[.places]!
        for row in rows.quotes { quotes.write(dialect.record(SpreadsheetTable.cells(row))) }
        for row in rows.people { people.write(dialect.record(SpreadsheetTable.personCells(row))) }
        for row in rows.places { places.write(dialect.record(SpreadsheetTable.placeCells(row))) }
    }

    public mutating func finish() throws {
        for table in SpreadsheetTable.allCases { try files[table]!.commit() }
    }

    public mutating func keepPartial() throws -> [String] {
        try SpreadsheetTable.allCases.compactMap { try files[$0]!.keepPartial() }
    }
}
