/// `“…” -Commissioner Geoffrey Starks` or `“…” — Jane Doe`: a dash and a name after the quote.
struct DashSieve: AttributionSieve {
    let name = "dash"
    let confidence = 0.85
    /// Reads only the text around the quote, never other quotes' attributions.
    var readsOtherAttributions: Bool { false }
    let examples = [
        SieveExample(text: "“Access is a right, not a privilege.” -Commissioner Geoffrey Starks", quote: "Access is a right", speaker: "Geoffrey Starks"),
    ]

    /// The dashes that may stand between a quote and its speaker.
    static let dashes: [StaticString] = ["-", "--", "—", "–", "―"]

    /// Whether `text` is a dash (one of `dashes`), its UTF-8 bytes compared: a list of the
    /// dashes as strings was made at each question, and compared through Unicode equivalence.
    static func isDash(_ text: String) -> Bool { text.hasUTF8(ofOneOf: dashes) }

    func propose(for q: Int, in context: AttributionContext) -> (candidate: SpeakerCandidate, cue: Int?)? {
        let t = context.t
        var k = context.site(q).after
        // (A dash opens with "-" or, in UTF-8, 0xE2: other tokens skip the comparison of bytes.)
        guard k < t.count, t.firstByte(k) == 0x2D || t.firstByte(k) == 0xE2, Self.isDash(t.texts[k]) else { return nil }
        k += 1
        if k < t.count, t.isText(k, "-") { k += 1 }
        guard k < t.count else { return nil }
        if context.mentionAt[k] >= 0 {
            let m = context.mentionAt[k]
            guard context.mentions[m].kind != .place else { return nil }
            return (SpeakerCandidate(kind: .mention(m), span: context.mentions[m].fullSpan), nil)
        }
        if let name = SpeakerPhrases(context: context).nameRun(startingAt: k, limit: t.count) { return (name, nil) }
        return nil
    }
}
