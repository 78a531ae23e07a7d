/// A later run of a multi-paragraph quotation, or a paragraph that is nothing but a quote right
/// after a paragraph whose last quote is attributed, continues that speaker.
struct ContinuationSieve: AttributionSieve {
    let name = "continuation"
    let confidence = 0.75
    let examples = [
        SieveExample(text: "“We have a plan,” said Anna Berg.\n\n“It starts today and it will work.”", quote: "It starts today", speaker: "Anna Berg"),
    ]

    func propose(for q: Int, in context: AttributionContext) -> (candidate: SpeakerCandidate, cue: Int?)? {
        let quote = context.quotes[q].place
        // Same multi-paragraph group, already attributed.
        if let source = context.quoteGroups.members(of: quote.group).first(where: { context.isAttributed($0) && context.quotes[$0].depth == 0 }),
           source != q,
           let inherited = SpeakerCandidate.inherited(from: source, context) {
            return (inherited, nil)
        }
        let document = context.document
        guard quote.paragraph > 0 else { return nil }
        let paragraph = Segmenter.trim(document.paragraphs[quote.paragraph].span, document.bytes)
        // The paragraph is (almost) only this quote.
        guard quote.outer.start == paragraph.start, paragraph.end - quote.outer.end <= 2 else { return nil }
        guard let previous = context.lastTopLevelQuote(before: q, inParagraph: quote.paragraph - 1),
              let inherited = SpeakerCandidate.inherited(from: previous, context) else { return nil }
        return (inherited, nil)
    }
}
