/// A report value whose JSON spelling is fixed in the source: a paragraph's or a quote's
/// kind, a person's gender. A report writes it as constant bytes, in the write of the keys
/// around it, where a `String` made from the enumeration's raw value was scanned for escapes
/// in a call of its own (`JSONWriter.stringBody`: some 70 instructions a value; callgrind,
/// 3,615 paragraphs, 1,708 quotes and 1,691 people on the 168 PolNeAR dev+test texts).
///
/// Each spelling is the raw value of its case (a test checks every case) and needs no escape.
struct SpelledValue: JSONStringValue {
    /// The value as the report writes it, without quotes.
    let spelling: StaticString

    /// The kind of a paragraph.
    init(_ kind: Article.ParagraphKind) {
        switch kind {
        case .body: spelling = "body"
        case .heading: spelling = "heading"
        case .listItem: spelling = "list-item"
        case .blockquote: spelling = "blockquote"
        case .preformatted: spelling = "preformatted"
        }
    }

    /// The kind of a quote.
    init(_ kind: Quote.Kind) {
        switch kind {
        case .direct: spelling = "direct"
        case .partial: spelling = "partial"
        case .mixed: spelling = "mixed"
        case .block: spelling = "block"
        case .indirect: spelling = "indirect"
        }
    }

    /// A gender.
    init(_ gender: Gender) {
        switch gender {
        case .male: spelling = "m"
        case .female: spelling = "f"
        case .unknown: spelling = "u"
        }
    }

    /// Writes the member as a string member (pretty output, records written member by member).
    func writeJSON(member k: StaticString, to w: inout JSONWriter) { w.member(k, spelling.description) }

    /// Writes the spelling as it is: it needs no escape.
    func writeJSONBody(to w: inout JSONWriter) { w.raw(spelling) }

    /// Nil: a spelled value is written through `spelledInSource`.
    var shortUTF8: UnsafeBufferPointer<UInt8>? { nil }

    /// The spelling.
    @inline(__always)
    var spelledInSource: StaticString? { spelling }
}
