/// `“PENCE: Well, look, …”`: a quote that opens with a capitalised speaker label and a colon,
/// as in printed interview transcripts, is spoken by the one the label names; an unlabelled quote
/// paragraph right after labelled ones continues the nearest label.
struct TranscriptLabelSieve: AttributionSieve {
    let name = "transcript-label"
    let confidence = 0.9
    /// Reads only the text around the quote, never other quotes' attributions.
    var readsOtherAttributions: Bool { false }
    let examples = [
        SieveExample(text: "Partial transcript:\n\n“HOST: What happens next?”\n\n“KOWALSKI: We will rebuild the bridge by spring.”", quote: "rebuild the bridge", speaker: "KOWALSKI"),
        SieveExample(text: "Partial transcript:\n\n“KOWALSKI: We will rebuild the bridge by spring.”\n\n“HOST: And the road?”\n\n“KOWALSKI: The road comes first.\n\n“Then the bridge, and then the school.”", quote: "and then the school", speaker: "KOWALSKI"),
    ]

    /// All-capital labels that head notes, not speech.
    static let notSpeakers: Set<String> = [
        "NOTE", "EDITOR'S NOTE", "UPDATE", "UPDATED", "BREAKING", "WATCH", "READ", "VIDEO",
        "PHOTO", "CROSSTALK", "TRANSCRIPT", "Q", "A", "QUESTION", "ANSWER", "PS", "P.S.",
    ]

    func propose(for q: Int, in context: AttributionContext) -> (candidate: SpeakerCandidate, cue: Int?)? {
        if let label = speakerLabel(of: q, in: context) { return (SpeakerCandidate(kind: .name, span: label), nil) }
        // An unlabelled paragraph-opening quote inside a run of paragraph-opening quotes.
        guard opensParagraph(q, in: context) else { return nil }
        var p = q
        for _ in 0..<6 {
            guard let previous = context.quotes[..<p].lastIndex(where: { $0.depth == 0 }),
                  context.quotes[previous].paragraph == context.quotes[p].paragraph - 1,
                  opensParagraph(previous, in: context) else { return nil }
            if let label = speakerLabel(of: previous, in: context) { return (SpeakerCandidate(kind: .name, span: label), nil) }
            p = previous
        }
        return nil
    }

    private func speakerLabel(of q: Int, in context: AttributionContext) -> Span? {
        let quote = context.quotes[q].place
        guard let label = Self.label(at: quote.span.start, in: context.document.bytes, limit: quote.span.end),
              !Self.notSpeakers.contains(context.document.string(label)) else { return nil }
        return label
    }

    private func opensParagraph(_ q: Int, in context: AttributionContext) -> Bool {
        let quote = context.quotes[q].place
        let document = context.document
        guard quote.paragraph < document.paragraphs.count else { return false }
        return Segmenter.trim(document.paragraphs[quote.paragraph].span, document.bytes).start == quote.outer.start
    }

    /// The span of `LABEL` when the bytes from `start` read `LABEL: ` with an all-capital label of
    /// at most four words (letters, dots, apostrophes, hyphens), else nil.
    static func label(at start: Int, in bytes: [UInt8], limit: Int) -> Span? {
        var i = start
        var letters = 0
        var words = 1
        while i < limit, i - start <= 40 {
            let b = bytes[i]
            switch b {
            case 0x41...0x5A: letters += 1
            case 0x2E, 0x27, 0x2D: break
            case 0x20:
                guard i > start, bytes[i - 1] != 0x20 else { return nil }
                words += 1
                guard words <= 4 else { return nil }
            case 0x3A:
                guard letters >= 2, i > start, bytes[i - 1] != 0x20,
                      i + 1 < limit, bytes[i + 1] == 0x20 else { return nil }
                return Span(start, i)
            default: return nil
            }
            i += 1
        }
        return nil
    }
}
