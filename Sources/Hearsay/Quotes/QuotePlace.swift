/// Where a quote lies and how it reads, without its attribution: the plain values the rules read
/// about a quote, taken out of `context.quotes` without copying the quote (whose attribution
/// holds strings to retain and release at each copy).
///
///     let place = quote.place
///     place.outer == quote.outer   // true
struct QuotePlace {
    /// The quoted words, without the marks.
    var span: Span
    /// The opening mark, when there is one.
    var openMark: Span?
    /// The closing mark, when there is one.
    var closeMark: Span?
    var kind: Quote.Kind
    /// Index of the paragraph holding the quote.
    var paragraph: Int
    /// The quote's group (see `Quote.group`).
    var group: Int
    /// Whether it continues a quotation opened in an earlier paragraph.
    var continuesPrevious: Bool
    /// 0 for a top-level quote, 1 for a quote inside another.
    var depth: Int

    /// The full extent including the marks.
    var outer: Span { Span(openMark?.start ?? span.start, closeMark?.end ?? span.end) }
}

extension Quote {
    /// The quote's place and kind (read in place: no copy of its attribution).
    var place: QuotePlace {
        QuotePlace(span: span, openMark: openMark, closeMark: closeMark, kind: kind, paragraph: paragraph, group: group,
                   continuesPrevious: continuesPrevious, depth: depth)
    }
}
