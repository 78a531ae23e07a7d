/// What an element's `class`, `id`, `role` and `itemprop` names say about it: site furniture
/// (ads, sharing, related links, comments …), article-like, or the article body itself.
///
/// Names are split into tokens at spaces and into parts at `-` and `_`, so `post-share-bar`
/// counts as sharing and `entry-content` as article-like. Furniture is only a verdict on the
/// element's own names: whether its text is really dropped is decided later, once the tree
/// shows what the element contains (see `HTMLTree`).
struct ClassHint: Equatable {
    /// Positive for article-like names, negative for names that are often furniture.
    var score = 0
    /// The names mark the element as site furniture.
    var furniture = false
    /// The names mark the element as the article body (`itemprop=articleBody`, `entry-content` …).
    var body = false

    /// Whole tokens that mark furniture.
    static let furnitureTokenNames: Set<String> = [
        "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adsbygoogle", "adslot", "adunit", "wpa", "wpcnt",
        "wordads", "sponsored", "promo", "promotion", "share", "sharing", "sharedaddy", "social", "newsletter", "subscribe",
        "subscription", "related", "recommended", "comments", "comment", "cookie", "cookies", "consent", "sidebar", "widget",
        "breadcrumb", "breadcrumbs", "menu", "navbar", "nav", "navigation", "footer", "masthead", "popup", "modal",
        "outbrain", "taboola", "jp-relatedposts", "caption", "credit", "credits", "byline", "dateline", "tags", "tag-list",
        "author-bio", "signup", "skip-link", "print-only", "hidden", "sr-only", "visually-hidden", "disqus",
        "toolbar", "pagination", "pager", "trending", "most-popular", "mostread", "more-stories", "read-more", "readmore",
        "inline-ad", "ad-container", "ad-slot", "ad-wrapper", "wp-caption-text", "screen-reader-text", "sharing-buttons",
        "complementary", "contentinfo", "banner", "search",
    ]
    /// Parts of hyphenated or underscored tokens that mark furniture.
    static let furniturePartNames: Set<String> = [
        "ad", "ads", "advert", "advertisement", "sponsored", "newsletter", "promo", "related", "share", "social", "comments",
        "subscribe", "sidebar", "wordads", "outbrain", "taboola", "recirc", "byline", "caption", "sharing", "disqus",
    ]
    /// Tokens and parts that suggest article content.
    static let articleTokenNames: Set<String> = [
        "article", "content", "entry", "post", "story", "body", "text", "main", "article-body", "articlebody",
        "story-body", "entry-content", "post-content", "article-content", "post-body", "story-content", "articletext",
    ]
    /// Whole tokens that name the article body itself.
    static let bodyTokenNames: Set<String> = [
        "articlebody", "article-body", "article_body", "story-body", "storybody", "entry-content", "post-content",
        "article-content", "post-body", "story-content", "articletext", "article-text", "article__body", "post-entry",
        "entry-body", "story-text", "body-text", "article-body-text", "postbody", "post_content", "entry_content",
    ]
    /// The lists as tables, for names read by characters (`init(names:verdicts:)`).
    static let furnitureTokens = WordTable(furnitureTokenNames)
    static let furnitureParts = WordTable(furniturePartNames)
    static let articleTokens = WordTable(articleTokenNames)
    static let bodyTokens = WordTable(bodyTokenNames)

    /// Which of the four lists hold a word, as bits: one look-up where `verdict` asked three
    /// tables for every token and every part of it (1,200 instructions for each token a page
    /// had not shown before).
    struct Listed: OptionSet, Sendable {
        let rawValue: UInt8
        static let furnitureToken = Listed(rawValue: 1)
        static let furniturePart = Listed(rawValue: 2)
        static let articleToken = Listed(rawValue: 4)
        static let bodyToken = Listed(rawValue: 8)
    }

    /// The lists holding each of their words.
    static let listed: WordTable<Listed> = {
        var lists: [String: Listed] = [:]
        for word in furnitureTokenNames { lists[word, default: []].insert(.furnitureToken) }
        for word in furniturePartNames { lists[word, default: []].insert(.furniturePart) }
        for word in articleTokenNames { lists[word, default: []].insert(.articleToken) }
        for word in bodyTokenNames { lists[word, default: []].insert(.bodyToken) }
        return WordTable(lists)
    }()

    /// Classifies the lowercased attribute values of one element.
    init(names: [String]) {
        var verdicts: [String: ClassHint] = [:]
        self.init(names: names, verdicts: &verdicts)
    }

    /// Classifies the names as `init(names:)` does, reusing and filling `verdicts`: what each
    /// ASCII token said on its own (a token only ever adds to the score and sets flags, so
    /// verdicts add up), as pages repeat the same tokens across many elements.
    init(names: [String], verdicts: inout [String: ClassHint]) {
        for name in names {
            if let tokens = Self.asciiTokens(name) {
                for token in tokens {
                    let verdict: ClassHint
                    if let known = verdicts[token] {
                        verdict = known
                    } else {
                        var fresh = ClassHint()
                        fresh.classify(token)
                        verdicts[token] = fresh
                        verdict = fresh
                    }
                    score += verdict.score
                    furniture = furniture || verdict.furniture
                    body = body || verdict.body
                }
                continue
            }
            for token in name.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                let token = String(token)
                if Self.bodyTokens.contains(token) { body = true }
                if Self.furnitureTokens.contains(token) { furniture = true; continue }
                if Self.articleTokens.contains(token) { score += 25; continue }
                var articleLike = false
                for part in token.split(whereSeparator: { $0 == "-" || $0 == "_" }) {
                    let part = String(part)
                    if Self.furnitureParts.contains(part) { furniture = true }
                    if Self.bodyTokens.contains(part) { body = true }
                    if Self.articleTokens.contains(part) { articleLike = true }
                }
                if articleLike { score += 25 }
            }
        }
        if names.contains("articlebody") { body = true; score += 50 }
    }

    /// The verdict of one token on the hint: the same tests as the general loop in `init(names:)`.
    private mutating func classify(_ token: String) {
        var utf8 = token
        let verdict = utf8.withUTF8 { Self.verdict($0) }
        score += verdict.score
        furniture = furniture || verdict.furniture
        body = body || verdict.body
    }

    /// What one lowercase token (its UTF-8 bytes) says on its own; `ClassHint()` when it says
    /// nothing, so that dropping it changes no hint (`MarkupPruner` relies on that).
    static func verdict(_ bytes: UnsafeBufferPointer<UInt8>) -> ClassHint {
        var hint = ClassHint()
        let whole = listed[utf8: bytes] ?? []
        if whole.contains(.bodyToken) { hint.body = true }
        if whole.contains(.furnitureToken) { hint.furniture = true; return hint }
        if whole.contains(.articleToken) { hint.score += 25; return hint }
        var articleLike = false
        var start = 0
        for k in 0...bytes.count where k == bytes.count || bytes[k] == 0x2D || bytes[k] == 0x5F {
            if k > start {
                let part = listed[utf8: UnsafeBufferPointer(rebasing: bytes[start..<k])] ?? []
                if part.contains(.furniturePart) { hint.furniture = true }
                if part.contains(.bodyToken) { hint.body = true }
                if part.contains(.articleToken) { articleLike = true }
            }
            start = k + 1
        }
        if articleLike { hint.score += 25 }
        return hint
    }

    /// Whether byte `k` of an ASCII name separates tokens, as `asciiTokens` splits them: a space,
    /// a tab, or a line feed not after a carriage return.
    @inline(__always) static func isSeparator(_ bytes: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        bytes[k] == 0x20 || bytes[k] == 0x09 || (bytes[k] == 0x0A && (k == 0 || bytes[k - 1] != 0x0D))
    }

    /// The space-separated tokens of an all-ASCII `name`, split on bytes (as the Character split
    /// does: a line feed after a carriage return is one character with it, not a separator);
    /// nil when the name has other characters.
    static func asciiTokens(_ name: String) -> [String]? {
        var name = name
        return name.withUTF8 { bytes -> [String]? in
            for b in bytes where b >= 0x80 { return nil }
            var tokens: [String] = []
            var start = 0
            for k in 0...bytes.count {
                let separator = k < bytes.count && isSeparator(bytes, k)
                guard k == bytes.count || separator else { continue }
                if k > start { tokens.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<k]), as: UTF8.self)) }
                start = k + 1
            }
            return tokens
        }
    }

    init() {}
}
