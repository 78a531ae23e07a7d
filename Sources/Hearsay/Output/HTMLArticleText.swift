/// The article text as HTML paragraphs with every quote highlighted: a focusable `<mark>`
/// labelled with its speaker, carrying the sieve and confidence in its `title` and in a tooltip
/// shown on hover or focus; the words naming the speaker and the cue are marked too.
enum HTMLArticleText {
    /// What a highlighted stretch of text is.
    enum Role {
        /// Quote number `index` (into `Analysis.quotes`).
        case quote(index: Int)
        /// The words naming the speaker of quote `index`.
        case speaker(index: Int)
        /// The reporting verb of quote `index`.
        case cue(index: Int)
    }

    /// One highlighted stretch: a byte span of the document and what it is.
    struct Highlight {
        var span: Span
        var role: Role
    }

    /// The paragraphs of `analysis` with their highlights; `speakers` gives each quote its
    /// speaker's colour, `anchor` prefixes the quote ids (`a1-q1`). O(text + quotes log quotes).
    static func render(_ analysis: Analysis, speakers: [ArticleDigest.Speaker], anchor: String) -> String {
        let document = analysis.document
        var colour: [Int: Int] = [:]
        for (k, speaker) in speakers.enumerated() { for entry in speaker.entries { colour[entry.index] = k % HTMLStyle.speakerColours } }
        let highlights = layout(analysis.quotes)
        var next = 0
        var out = ""
        var opened = Set<Int>()
        let paragraphs = document.paragraphs.isEmpty ? [Document.Paragraph(span: Span(0, document.bytes.count), kind: .body)] : document.paragraphs
        for paragraph in paragraphs {
            let p = paragraph.span
            let (open, close) = tags(for: paragraph.kind)
            out += open
            var at = p.start
            while next < highlights.count && highlights[next].span.end <= p.start { next += 1 }
            var i = next
            while i < highlights.count && highlights[i].span.start < p.end {
                let h = highlights[i]
                let span = Span(max(h.span.start, p.start), min(h.span.end, p.end))
                i += 1
                guard !span.isEmpty, span.start >= at else { continue }
                out += text(document, Span(at, span.start), kind: paragraph.kind)
                out += element(h.role, span: span, analysis: analysis, colour: colour, anchor: anchor, opened: &opened, kind: paragraph.kind)
                at = span.end
            }
            out += text(document, Span(at, p.end), kind: paragraph.kind)
            out += close
        }
        return out
    }

    /// Every quote, and each attributed quote's speaker mention and cue where they do not
    /// overlap a quote or each other, in text order. O(n log n) in the number of quotes.
    static func layout(_ quotes: [Quote]) -> [Highlight] {
        /// Keeps the highlights, in start order, that overlap neither `blocked` nor each other.
        func sweep(_ candidates: [Highlight], around blocked: [Span]) -> [Highlight] {
            var kept: [Highlight] = []
            var lastEnd = Int.min
            for h in candidates.sorted(by: { $0.span < $1.span }) where !h.span.isEmpty && h.span.start >= lastEnd {
                // The first blocked span ending after this one starts is the only one that can overlap it.
                var lo = 0, hi = blocked.count
                while lo < hi { let mid = (lo + hi) / 2; if blocked[mid].end <= h.span.start { lo = mid + 1 } else { hi = mid } }
                if lo < blocked.count && blocked[lo].overlaps(h.span) { continue }
                kept.append(h)
                lastEnd = h.span.end
            }
            return kept
        }
        let placedQuotes = sweep(quotes.enumerated().map { Highlight(span: $1.outer, role: .quote(index: $0)) }, around: [])
        var parts: [Highlight] = []
        for (i, quote) in quotes.enumerated() {
            guard let a = quote.attribution else { continue }
            parts.append(Highlight(span: a.mention, role: .speaker(index: i)))
            if let cue = a.cue { parts.append(Highlight(span: cue, role: .cue(index: i))) }
        }
        let placedParts = sweep(parts, around: placedQuotes.map(\.span))
        return (placedQuotes + placedParts).sorted { $0.span < $1.span }
    }

    /// The element for one highlight. A quote's first piece carries its id, label and tooltip;
    /// the rest of a quote split across paragraphs is highlighted without repeating them.
    static func element(_ role: Role, span: Span, analysis: Analysis, colour: [Int: Int], anchor: String,
                        opened: inout Set<Int>, kind: Article.ParagraphKind) -> String {
        let inner = text(analysis.document, span, kind: kind)
        switch role {
        case let .speaker(index):
            return "<span class=\"speaker-mention s\(colour[index] ?? 0)\">\(inner)</span>"
        case let .cue(index):
            return "<span class=\"cue\" data-quote=\"\(anchor)-q\(index + 1)\">\(inner)</span>"
        case let .quote(index):
            let attribution = analysis.quotes[index].attribution
            let cls = attribution == nil ? "none" : "s\(colour[index] ?? 0)"
            guard opened.insert(index).inserted else { return "<mark class=\"quote \(cls)\">\(inner)</mark>" }
            let speaker = attribution?.speaker ?? "Unattributed"
            let detail: String
            if let attribution {
                detail = "sieve \(attribution.sieve), confidence \(String(format: "%.2f", attribution.confidence))"
            } else {
                detail = "no sieve attributed this quote"
            }
            let who = HTMLEscaping.escape(speaker), about = HTMLEscaping.escape("\(speaker) · \(detail)")
            return "<mark class=\"quote \(cls)\" id=\"\(anchor)-q\(index + 1)\" tabindex=\"0\" title=\"\(about)\" "
                + "data-speaker=\"\(who)\" data-sieve=\"\(HTMLEscaping.escape(attribution?.sieve ?? ""))\" "
                + "data-confidence=\"\(attribution.map { String(format: "%.2f", $0.confidence) } ?? "")\">"
                + "<span class=\"who\">\(who)</span>\(inner)<span class=\"tip\" role=\"tooltip\">\(about)</span></mark>"
        }
    }

    /// Escaped text of `span`; line breaks inside a paragraph become `<br/>` (kept as they are
    /// in preformatted text).
    static func text(_ document: Document, _ span: Span, kind: Article.ParagraphKind) -> String {
        guard !span.isEmpty else { return "" }
        let escaped = HTMLEscaping.escape(document.string(span))
        return kind == .preformatted ? escaped : escaped.replacingOccurrences(of: "\n", with: "<br/>\n")
    }

    /// The opening and closing tags for a paragraph of `kind`.
    static func tags(for kind: Article.ParagraphKind) -> (String, String) {
        switch kind {
        case .heading: return ("<h3>", "</h3>\n")
        case .blockquote: return ("<blockquote><p>", "</p></blockquote>\n")
        case .listItem: return ("<p class=\"list-item\">", "</p>\n")
        case .preformatted: return ("<pre>", "</pre>\n")
        case .body: return ("<p>", "</p>\n")
        }
    }
}
