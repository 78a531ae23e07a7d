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
