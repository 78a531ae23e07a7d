import Foundation

/// Turns raw input (HTML page or fragment, entity-encoded HTML, gzip of either, or plain text)
/// into an `Article`: headline, clean body paragraphs, metadata and warnings.
public struct ArticleExtractor: Sendable {
    /// Limits that keep hostile input bounded (see README, "Robustness").
    public struct Options: Sendable {
        /// Largest inflated size accepted for a `.gz` input; beyond it the input is an error.
        public var maxInflatedBytes: Int
        /// Largest page handed to the HTML parser; a longer page is cut there, with a
        /// `truncated` warning.
        public var maxMarkupBytes: Int
        /// Largest article text analysed; a longer text is cut at a paragraph break, line break
        /// or space before the cap, with a `truncated` warning.
        public var maxTextBytes: Int

        public init(maxInflatedBytes: Int = 256 << 20, maxMarkupBytes: Int = 32 << 20, maxTextBytes: Int = 8 << 20) {
            self.maxInflatedBytes = maxInflatedBytes
            self.maxMarkupBytes = maxMarkupBytes
            self.maxTextBytes = maxTextBytes
        }
    }

    public var options: Options
    let entities: EntityDecoder
    let boilerplate: BoilerplateFilter

    public init(options: Options = Options()) {
        self.options = options
        self.entities = .shared
        self.boilerplate = .shared
    }

    /// Extracts an article from raw bytes, detecting compression, encoding and markup.
    ///
    /// - Throws: `HearsayError.badCompressedData` for corrupt, truncated or oversized gzip data.
    ///   Everything else (empty, binary, invalid UTF-8, too long) is a warning on the returned article.
    public func extract(bytes input: [UInt8], name: String = "input") throws -> Article {
        var bytes = input
        if Gzip.isGzip(bytes) { bytes = try Gzip.inflate(bytes, limit: options.maxInflatedBytes, name: name) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return Article(paragraphs: [], warnings: [AnalysisWarning(.emptyInput, "the input is empty")], verbatimText: "")
        }
        if TextDecoder.looksBinary(bytes) {
            return Article(paragraphs: [], warnings: [AnalysisWarning(.binaryInput, "\(bytes.count) bytes of binary data, not text: nothing analysed")],
                           verbatimText: "")
        }
        // Valid UTF-8 without a byte-order mark decodes to its own bytes, whatever charset the
        // page declares: it is read as it is.
        if !TextDecoder.hasUTF8BOM(bytes), bytes.withUnsafeBufferPointer({ TextDecoder.isValidUTF8($0) }) {
            return extract(utf8: bytes)
        }
        let decoded = TextDecoder.decode(bytes, declaredCharset: Self.declaredCharset(bytes))
        var article = extract(text: decoded.text)
        article.warnings.insert(contentsOf: decoded.warnings, at: 0)
        return article
    }

    /// Extracts an article from text that is already decoded.
    public func extract(text: String, kind: InputSniffer.Kind? = nil) -> Article {
        let kind = kind ?? InputSniffer.kind(of: text)
        var article: Article
        switch kind {
        case .plainText:
            let (kept, truncated) = Truncation.prefix(of: text, limit: options.maxTextBytes, what: "text")
            article = Article(paragraphs: [], verbatimText: kept)
            if Self.isBlank(kept) {
                article.warnings.append(AnalysisWarning(.emptyInput, "the input is empty"))
            }
            if let truncated { article.warnings.append(truncated) }
        case .html:
            article = extractHTML(text)
        case .encodedHTML:
            let (markup, truncated) = Truncation.prefix(of: text, limit: options.maxMarkupBytes, what: "page")
            article = extractHTML(String(decoding: entities.decodeOnce(Array(markup.utf8)).bytes, as: UTF8.self))
            if let truncated { article.warnings.insert(truncated, at: 0) }
        }
        Self.noteNULs(Self.nulCount(text), kind: kind, in: &article)
        return article
    }

    /// `extract(text: String(decoding: bytes, as: UTF8.self))` for valid UTF-8 `bytes`, with an
    /// HTML page that starts with a tag read from its bytes: neither the string of the whole page
    /// nor its bytes again are made.
    func extract(utf8 bytes: [UInt8]) -> Article {
        let kind = bytes.withUnsafeBufferPointer { InputSniffer.kind(ofSample: UnsafeBufferPointer(rebasing: $0.prefix(65536))) }
        guard kind == .html, Self.startsWithTag(bytes) else {
            return extract(text: String(decoding: bytes, as: UTF8.self), kind: kind)
        }
        let nuls = bytes.withUnsafeBufferPointer { Self.nulCount($0) }
        var article = extractHTML(markup: bytes, leadingTitle: nil, nulFree: nuls == 0)
        Self.noteNULs(nuls, kind: kind, in: &article)
        return article
    }

    /// Puts the warning for `count` NUL bytes (if any) first among the article's warnings.
    static func noteNULs(_ count: Int, kind: InputSniffer.Kind, in article: inout Article) {
        guard count > 0 else { return }
        let treatment = kind == .plainText ? "kept in the text as U+0000" : "read as spaces"
        article.warnings.insert(AnalysisWarning(.nulBytes, "\(count) NUL byte(s) in the input, \(treatment)"), at: 0)
    }

    /// Whether the UTF-8 `bytes`, read as text, start with `<` once their leading white space is
    /// dropped, so have no plain-text headline line before the markup (see `extractHTML(_:)`).
    /// True only when that is sure from the bytes: ASCII white space, then `<` followed by an ASCII
    /// byte (never a mark joining it into another character), or ending the input.
    static func startsWithTag(_ bytes: [UInt8]) -> Bool {
        var k = 0
        while k < bytes.count, bytes[k] == 0x20 || bytes[k] == 0x0A || bytes[k] == 0x0D || bytes[k] == 0x09 { k += 1 }
        return k < bytes.count && bytes[k] == 0x3C && (k + 1 == bytes.count || bytes[k + 1] < 0x80)
    }

    func extractHTML(_ html: String) -> Article {
        var body = html
        var leadingTitle: String?
        // A scraper's plain-text headline line before the markup (as in the seed article).
        let trimmedStart = html.drop(while: { $0.isWhitespace })
        if !trimmedStart.hasPrefix("<"), let newline = trimmedStart.firstIndex(of: "\n") {
            let line = trimmedStart[..<newline].trimmingCharacters(in: .whitespaces)
            if !line.isEmpty, !line.contains("<"), line.count < 400 {
                leadingTitle = line
                body = String(trimmedStart[newline...])
            }
        }
        return extractHTML(markup: Self.utf8Bytes(body), leadingTitle: leadingTitle)
    }

    /// The article in the UTF-8 markup `body`, after the plain-text headline line `leadingTitle`
    /// (if any) that came before it. `nulFree` says that `body` is known to hold no NUL byte, so
    /// that it need not be searched for one again.
    func extractHTML(markup body: [UInt8], leadingTitle: String?, nulFree: Bool = false) -> Article {
        var warnings: [AnalysisWarning] = []
        let (page, truncatedPage) = Truncation.prefix(of: body, limit: options.maxMarkupBytes, what: "page")
        if let truncatedPage { warnings.append(truncatedPage) }
        let repair = entities.repairReferences(page)
        if repair.malformed > 0 {
            warnings.append(AnalysisWarning(.malformedEntity, "\(repair.malformed) invalid or unknown character reference(s) such as "
                + repair.examples.joined(separator: ", ") + ": invalid numbers read as U+FFFD, unknown names kept as text"))
        }
        // Pruned first, so that the flattener has less to read.
        // Repair brings no NUL byte in (a reference to U+0000 becomes U+FFFD).
        let (markup, flattened) = NestingFlattener().flatten(MarkupPruner.prune(nulFree ? repair.bytes : HTMLTree.withoutNUL(repair.bytes)))
        if flattened > 0 {
            warnings.append(AnalysisWarning(.deepNesting, "\(flattened) element(s) nested more than \(NestingFlattener().maxDepth) deep were flattened"))
        }
        let tree = HTMLTree(markup: markup, prune: false)
        let (metadata, headline) = MetadataReader().read(tree)
        let clean: (String) -> String = { text in
            Self.containsAmpersand(text) ? self.entities.decode(text, passes: 2) : text
        }
        // The first candidate that is not empty once cleaned and trimmed; later ones are not read.
        let title = [leadingTitle, headline, tree.h1, tree.title].lazy
            .compactMap { $0.map(clean).map(WhitespaceTrimming.trimmed) }
            .first { !$0.isEmpty }
        var paragraphs: [Article.Paragraph] = []
        for index in ContentSelector(boilerplate: boilerplate).select(tree) {
            let block = tree.blocks[index]
            let text = clean(block.text)
            if boilerplate.isBoilerplate(text) { continue }
            let kind: Article.ParagraphKind
            if block.inBlockquote { kind = .blockquote }
            else if block.tag.count == 2, block.tag.hasPrefix("h"), block.tag != "hr" { kind = .heading }
            else if block.tag == "li" { kind = .listItem }
            else if block.tag == "pre" { kind = .preformatted }
            else { kind = .body }
            paragraphs.append(Article.Paragraph(text, kind: kind))
        }
        if let title, let first = paragraphs.first, first.text == title { paragraphs.removeFirst() }
        let (kept, truncatedText) = Truncation.prefix(of: paragraphs, limit: options.maxTextBytes)
        paragraphs = kept
        if let truncatedText { warnings.append(truncatedText) }
        if paragraphs.isEmpty { warnings.append(AnalysisWarning(.noArticleBody, "no article body found in the page")) }
        var meta = metadata
        if let language = meta.language { meta.language = language.replacingOccurrences(of: "_", with: "-") }
        return Article(title: title, paragraphs: paragraphs, metadata: meta, warnings: warnings)
    }

    /// The UTF-8 bytes of `text`, copied at once from its contiguous storage when it has one.
    static func utf8Bytes(_ text: String) -> [UInt8] {
        text.utf8.withContiguousStorageIfAvailable { Array($0) } ?? Array(text.utf8)
    }

    /// Whether `text` holds an `&` (so may hold a character reference), found with `memchr`.
    static func containsAmpersand(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0x26, bytes.count) != nil
        } ?? text.utf8.contains(0x26)
    }

    /// Whether every scalar of `text` is white space (Unicode `White_Space`, `WhiteSpace`).
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(WhiteSpace.contains)
    }

    /// How many NUL bytes `text` holds, counted over its contiguous UTF-8.
    static func nulCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { nulCount($0) }
    }

    /// How many NUL bytes `bytes` holds.
    static func nulCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard var p = bytes.baseAddress else { return 0 }
        let end = p + bytes.count
        var n = 0
        // memchr skips the long NUL-free runs many bytes at a time.
        while p < end, let hit = memchr(p, 0, end - p) {
            n += 1
            p = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) + 1
        }
        return n
    }

    static let charsetKey = Array("charset=".utf8)

    /// The charset an HTML page declares in its first 4 KB (`<meta charset>` or http-equiv).
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let prefix = bytes.prefix(4096)
        let ascii = !prefix.contains(where: { $0 >= 0x80 })
        // The search on the bytes, ASCII letters lowercased: ASCII letters, digits, `-` and `_` are
        // exactly the characters the value may hold. No other character lowercases to one of
        // `charset=`, so without a match on the bytes there is none in the text either.
        let head = prefix.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        guard let at = BoilerplateFilter.firstIndex(of: charsetKey, in: head) else { return nil }
        var k = at + charsetKey.count
        while k < head.count, head[k] == 0x22 || head[k] == 0x27 || head[k] == 0x20 { k += 1 }
        let start = k
        func isValueByte(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F }
        while k < head.count, isValueByte(head[k]) { k += 1 }
        // Other bytes next to the match or the value (combining marks, non-ASCII letters) need
        // the search by characters below.
        if ascii || (at == 0 || head[at - 1] < 0x80) && (k == head.count || head[k] < 0x80) {
            return k == start ? nil : String(decoding: head[start..<k], as: UTF8.self)
        }
        let text = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        guard let range = text.range(of: "charset=") else { return nil }
        var value = text[range.upperBound...].drop(while: { $0 == "\"" || $0 == "'" || $0 == " " })
        value = value.prefix(while: { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        return value.isEmpty ? nil : String(value)
    }
}
