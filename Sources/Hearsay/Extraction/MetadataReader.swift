import Foundation

/// Reads article metadata from JSON-LD (`NewsArticle` and kin), OpenGraph and `<meta>` tags,
/// `<time datetime>` and the canonical link.
struct MetadataReader {
    /// Metadata plus the best headline the page declares.
    func read(_ tree: HTMLTree) -> (metadata: ArticleMetadata, headline: String?) {
        var metadata = ArticleMetadata()
        var headline: String?
        for json in tree.jsonLD {
            guard let data = json.data(using: .utf8),
                  let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            for article in articles(in: object) {
                headline = headline ?? (article["headline"] as? String)
                if metadata.authors.isEmpty { metadata.authors = names(article["author"]) }
                metadata.date = metadata.date ?? (article["datePublished"] as? String)
                if metadata.siteName == nil, let publisher = article["publisher"] as? [String: Any] {
                    metadata.siteName = publisher["name"] as? String
                }
                metadata.url = metadata.url ?? (article["url"] as? String)
            }
        }
        func meta(_ keys: String...) -> String? {
            for key in keys { if let hit = tree.metaTags.first(where: { $0.key == key })?.value, !hit.isEmpty { return hit } }
            return nil
        }
        headline = headline ?? meta("og:title", "twitter:title")
        metadata.siteName = metadata.siteName ?? meta("og:site_name", "application-name")
        metadata.url = metadata.url ?? tree.canonicalURL ?? meta("og:url")
        metadata.date = metadata.date ?? meta("article:published_time", "datepublished", "date", "pubdate", "publishdate",
                                               "dc.date.issued", "dc.date", "sailthru.date", "parsely-pub-date") ?? tree.timeValues.first
        if metadata.authors.isEmpty, let author = meta("author", "article:author", "byl", "parsely-author", "dc.creator") {
            metadata.authors = [author.hasPrefix("By ") ? String(author.dropFirst(3)) : author]
        }
        metadata.description = meta("description", "og:description")
        metadata.language = tree.language ?? meta("og:locale", "language", "content-language")
        if let date = metadata.date { metadata.date = DateNormalizer.iso8601(date) ?? date }
        return (metadata, headline.map(WhitespaceTrimming.trimmed))
    }

    private func articles(in object: Any) -> [[String: Any]] {
        var found: [[String: Any]] = []
        var queue: [Any] = [object]
        var visited = 0
        while let next = queue.popLast(), visited < 1000 {
            visited += 1
            if let array = next as? [Any] { queue.append(contentsOf: array); continue }
            guard let dict = next as? [String: Any] else { continue }
            if let graph = dict["@graph"] { queue.append(graph) }
            let types: [String] = (dict["@type"] as? [String]) ?? [(dict["@type"] as? String) ?? ""]
            if types.contains(where: { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" }) { found.append(dict) }
        }
        return found
    }

    private func names(_ value: Any?) -> [String] {
        if let name = value as? String { return [name] }
        if let dict = value as? [String: Any], let name = dict["name"] as? String { return [name] }
        if let array = value as? [Any] { return array.flatMap { names($0) } }
        return []
    }
}

/// Normalises publication dates to ISO 8601.
enum DateNormalizer {
    /// `value` as an ISO 8601 date-time (or date), when one of the common formats parses.
    static func iso8601(_ value: String) -> String? {
        let trimmed = WhitespaceTrimming.trimmed(value)
        if isInternetDateTime(trimmed) { return trimmed }
        return Formatters.shared.lock.withLock {
            let formatters = Formatters.shared
            if formatters.iso.date(from: trimmed) != nil { return trimmed }
            for (format, formatter) in formatters.fallbacks {
                if let date = formatter.date(from: trimmed) {
                    return (format.contains("HH") ? formatters.dateTimeOut : formatters.dateOut).string(from: date)
                }
            }
            return nil
        }
    }

    /// The formatters `iso8601(_:)` uses, built once (building one costs far more than using
    /// it) and used by one thread at a time.
    final class Formatters: @unchecked Sendable {
        static let shared = Formatters()
        let lock = NSLock()
        let iso = ISO8601DateFormatter()
        /// The fallback formats, in the order they are tried, each with its formatter.
        let fallbacks: [(String, DateFormatter)]
        let dateTimeOut = ISO8601DateFormatter()
        let dateOut = ISO8601DateFormatter()

        private init() {
            let formats = ["yyyy-MM-dd'T'HH:mm:ss.SSSZ", "yyyy-MM-dd'T'HH:mm:ssZ", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss",
                           "yyyy-MM-dd", "EEE, dd MMM yyyy HH:mm:ss Z", "MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy", "yyyy/MM/dd"]
            fallbacks = formats.map { format in
                let formatter = DateFormatter()
                formatter.locale = Locale(identifier: "en_US_POSIX")
                formatter.timeZone = TimeZone(identifier: "UTC")
                formatter.dateFormat = format
                return (format, formatter)
            }
            dateTimeOut.formatOptions = [.withInternetDateTime]
            dateOut.formatOptions = [.withFullDate]
        }
    }

    /// Whether `value` is already an RFC 3339 date-time (`2024-03-05T10:00:00Z`,
    /// `2019-11-19T08:30:00-05:00`), the common case, checked without building a formatter.
    static func isInternetDateTime(_ value: String) -> Bool {
        let b = Array(value.utf8)
        guard b.count == 20 || b.count == 25 else { return false }
        func digits(_ range: Range<Int>) -> Bool { range.allSatisfy { b[$0] >= 0x30 && b[$0] <= 0x39 } }
        guard digits(0..<4), b[4] == 0x2D, digits(5..<7), b[7] == 0x2D, digits(8..<10), b[10] == 0x54,
              digits(11..<13), b[13] == 0x3A, digits(14..<16), b[16] == 0x3A, digits(17..<19) else { return false }
        let month = Int(b[5] - 0x30) * 10 + Int(b[6] - 0x30), day = Int(b[8] - 0x30) * 10 + Int(b[9] - 0x30)
        let hour = Int(b[11] - 0x30) * 10 + Int(b[12] - 0x30)
        guard (1...12).contains(month), (1...31).contains(day), hour < 24, b[14] < 0x36, b[17] < 0x36 else { return false }
        if b.count == 20 { return b[19] == 0x5A }
        return (b[19] == 0x2B || b[19] == 0x2D) && digits(20..<22) && b[22] == 0x3A && digits(23..<25)
    }
}
