/// `“…” -Commissioner Geoffrey Starks` or `“…” — Jane Doe`: a dash and a name after the quote.
struct DashSieve: AttributionSieve {
    let name = "dash"
    let confidence = 0.85
    /// Reads only the text around the quote, never other quotes' attributions.
    var readsOtherAttributions: Bool { false }
    let examples = [
        SieveExample(text: "“Access is a right, not a privilege.” -Commissioner Geoffrey Starks", quote: "Access is a right", speaker: "Geoffrey Starks"),
    ]

    /// Whether `text` is a dash (- -- — – ―), its UTF-8 bytes compared: a list of the dashes
    /// as strings was made at each question, and comparing a string with the non-ASCII ones
    /// went the way of Unicode equivalence, about 340 instructions a comparison (callgrind,
    /// the 168 PolNeAR dev+test texts). No other text is equivalent to any of them.
    static func isDash(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            switch b.count {
            case 1: b[0] == 0x2D
            case 2: b[0] == 0x2D && b[1] == 0x2D
            case 3: b[0] == 0xE2 && b[1] == 0x80 && (b[2] == 0x93 || b[2] == 0x94 || b[2] == 0x95)
            default: false
            }
        }
    }

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
