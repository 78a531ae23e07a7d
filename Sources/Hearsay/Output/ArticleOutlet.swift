import Foundation

/// Names the outlet that published an article: its site name, or else its URL's host.
public enum ArticleOutlet {
    /// The outlet of an article with `metadata` ("The Guardian", "www.example.com"), or nil.
    public static func name(_ metadata: ArticleMetadata) -> String? {
        if let site = metadata.siteName?.trimmingCharacters(in: .whitespacesAndNewlines), !site.isEmpty { return site }
        return host(metadata.url)
    }

    /// The host of a URL string without a leading `www.`, or nil.
    public static func host(_ url: String?) -> String? {
        guard let url, let host = URLComponents(string: url)?.host?.lowercased(), !host.isEmpty else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}
