import Foundation

/// Renders an extracted article as plain text, Markdown or one line of JSON.
public enum ArticleRendering {
    /// `format` is `text`, `markdown` or `json`.
    public static func render(_ article: Article, id: String, format: String) -> String {
        let body = article.verbatimText ?? article.paragraphs.map(\.text).joined(separator: "\n\n")
        switch format {
        case "markdown":
            var out = ""
            if let title = article.title { out += "# \(title)\n\n" }
            for p in article.paragraphs {
                switch p.kind {
                case .heading: out += "## \(p.text)\n\n"
                case .blockquote: out += p.text.split(separator: "\n").map { "> \($0)" }.joined(separator: "\n") + "\n\n"
                case .listItem: out += "- \(p.text)\n"
                default: out += p.text.replacingOccurrences(of: "\n", with: "  \n") + "\n\n"
                }
            }
            if let verbatim = article.verbatimText { out += verbatim }
            return out
        case "json":
            var w = JSONWriter()
            w.beginObject()
            w.member("id", id)
            w.member("title", article.title)
            w.member("text", body)
            w.key("authors"); w.beginArray(); for a in article.metadata.authors { w.value(a) }; w.endArray()
            w.member("date", article.metadata.date)
            w.member("site_name", article.metadata.siteName)
            w.member("url", article.metadata.url)
            w.member("language", article.metadata.language)
            w.key("warnings"); w.beginArray(); for warning in article.warnings { w.value(warning.description) }; w.endArray()
            w.endObject()
            return String(decoding: w.bytes, as: UTF8.self)
        default:
            return (article.title.map { $0 + "\n\n" } ?? "") + body
        }
    }
}
