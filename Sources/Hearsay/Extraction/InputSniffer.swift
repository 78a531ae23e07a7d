import Foundation

/// Decides what a decoded input is: HTML, HTML whose markup is entity-encoded, or plain text.
public enum InputSniffer {
    /// The kinds of input Hearsay reads.
    public enum Kind: String, Sendable {
        case html, encodedHTML = "encoded-html", plainText = "text"
    }

    static let tagNames = ["p", "div", "span", "br", "html", "body", "head", "a", "article", "section", "h1", "h2", "h3",
                           "ul", "li", "script", "meta", "title", "table", "em", "strong", "blockquote", "img", "!doctype", "b", "i"]

    /// Classifies `text` by counting real and entity-encoded tags in its first 64 KB.
    public static func kind(of text: String) -> Kind {
        let sample = String(decoding: text.utf8.prefix(65536), as: UTF8.self).lowercased()
        let encoded = count(sample, "<&sol;") + count(sample, "&lt;/") + count(sample, "&lt;p") + count(sample, "&lt;div")
            + count(sample, "&lt;br")
        var real = 0
        for tag in tagNames {
            real += count(sample, "<" + tag + ">") + count(sample, "<" + tag + " ") + count(sample, "</" + tag + ">")
        }
        real += count(sample, "<br/>") + count(sample, "<br />")
        if encoded >= 2 && encoded * 2 >= real / 2 { return .encodedHTML }
        if real >= 2 || sample.hasPrefix("<!doctype") || sample.hasPrefix("<html") { return .html }
        return .plainText
    }

    static func count(_ haystack: String, _ needle: String) -> Int {
        var n = 0
        var range = haystack.startIndex..<haystack.endIndex
        while let found = haystack.range(of: needle, range: range) {
            n += 1
            range = found.upperBound..<haystack.endIndex
            if n > 10000 { break }
        }
        return n
    }
}
