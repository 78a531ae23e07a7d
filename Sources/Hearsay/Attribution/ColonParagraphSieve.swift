/// `And from Chairwoman Rosenworcel:` ¶ `“…”`: a quote opening a paragraph after one that ends with a colon.
struct ColonParagraphSieve: AttributionSieve {
    let name = "colon-paragraph"
    let confidence = 0.85
    /// Reads only the text around the quote, never other quotes' attributions.
    var readsOtherAttributions: Bool { false }
    let examples = [
        SieveExample(text: "And from Chairwoman Jessica Rosenworcel:\n\n“This is a big day for consumers.”", quote: "This is a big day", speaker: "Jessica Rosenworcel"),
    ]

    func propose(for q: Int, in context: AttributionContext) -> (candidate: SpeakerCandidate, cue: Int?)? {
        let quote = context.quotes[q].place
        let document = context.document
        guard quote.paragraph > 0, quote.paragraph < document.paragraphs.count else { return nil }
        let paragraph = document.paragraphs[quote.paragraph].span
        guard Segmenter.trim(paragraph, document.bytes).start == quote.outer.start else { return nil }
        let previous = Segmenter.trim(document.paragraphs[quote.paragraph - 1].span, document.bytes)
        guard previous.end > previous.start, document.bytes[previous.end - 1] == 0x3A else { return nil }
        let range = context.token(atOrAfter: previous.start)..<context.token(atOrAfter: previous.end)
        let phrases = SpeakerPhrases(context: context)
        // "X said:" first, else the last name in the paragraph.
        var k = range.upperBound - 1
        while k >= range.lowerBound {
            if context.cueAt.hasCue(k), let candidate = phrases.left(of: k, in: range) ?? phrases.right(of: k, in: range) { return (candidate, k) }
            k -= 1
        }
        k = range.upperBound - 1
        while k >= range.lowerBound {
            let m = context.mentionAt[k]
            if m >= 0, context.mentions[m].kind != .place { return (SpeakerCandidate(kind: .mention(m), span: context.mentions[m].fullSpan), nil) }
            k -= 1
        }
        return nil
    }
}
