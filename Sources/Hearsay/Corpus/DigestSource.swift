import Foundation

/// A corpus that can be read, article by article, as digests: a file of JSON reports or a
/// SQLite database that `hearsay analyze` wrote. Each call to `forEach` reads it again from
/// the start, streaming.
public protocol DigestSource {
    /// Calls `body` with each article's digest, in the source's order.
    func forEach(_ body: (StoredArticle) throws -> Void) throws
}

/// Opens corpus files by what they contain.
public enum DigestSources {
    /// A SQLite database (recognised by its header) or a file of JSON reports.
    public static func open(_ path: String) throws -> any DigestSource {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file"
            throw HearsayError.unreadable(path: path, reason: reason)
        }
        let header = (try? handle.read(upToCount: 16)) ?? nil
        try? handle.close()
        if let header, header.starts(with: Array("SQLite format 3".utf8)) { return SQLiteDigestSource(path: path) }
        return ReportFileSource(path: path)
    }
}

/// A file of JSON reports: JSON Lines (one report per line), or one report or an array of them.
/// Error records are skipped.
public struct ReportFileSource: DigestSource {
    public let path: String

    public init(path: String) { self.path = path }

    public func forEach(_ body: (StoredArticle) throws -> Void) throws {
        let reader = try LineReader(path: path)
        let decoder = JSONDecoder()
        guard let first = reader.peekFirstNonSpace() else { return }
        if first == 0x5B {
            // A JSON array (from --format json): read whole.
            for report in try decodeWhole([Report].self, decoder) { try body(StoredArticle(report)) }
            return
        }
        while let line = reader.nextLine() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            if line.count == 1 {
                // A single pretty-printed report (from --format json with one article).
                try body(StoredArticle(try decodeWhole(Report.self, decoder)))
                return
            }
            if let report = try? decoder.decode(Report.self, from: Data(line)) {
                try body(StoredArticle(report))
            } else if let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any], object["error"] != nil {
                continue
            } else {
                throw HearsayError.badRecord(source: path, line: reader.lineNumber, reason: "not a Hearsay report")
            }
        }
    }

    /// Decodes the whole file as one value.
    private func decodeWhole<T: Decodable>(_ type: T.Type, _ decoder: JSONDecoder) throws -> T {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) }
        catch { throw HearsayError.unreadable(path: path, reason: error.localizedDescription) }
        do { return try decoder.decode(type, from: data) }
        catch { throw HearsayError.badRecord(source: path, line: 1, reason: "not Hearsay reports") }
    }
}
