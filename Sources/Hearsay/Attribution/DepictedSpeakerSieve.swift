/// `The ad shows footage of X saying, “…”`: a participle cue right after a person named by
/// "footage of", "a video of" and the like gives that person, not the clause subject.
struct DepictedSpeakerSieve: AttributionSieve {
    let name = "depicted-speaker"
    let confidence = 0.85
    /// Reads only the text around the quote, never other quotes' attributions.
    var readsOtherAttributions: Bool { false }
    let examples = [
        SieveExample(text: "The new ad opens with a clip of Anna Berg asking, “Where did the money go?” when Tom Reed praised the budget.", quote: "Where did the money go", speaker: "Anna Berg"),
    ]

    func propose(for q: Int, in context: AttributionContext) -> (candidate: SpeakerCandidate, cue: Int?)? {
        let site = context.site(q)
        let open = site.open, range = site.openSentence
        var c = open - 1
        // The participle within a few words before the quote ("saying during the debate, “…”").
        while c > range.lowerBound, open - c <= 8 {
            if context.insideQuote[c] { return nil }
            if let cue = context.cueAt[c] {
                guard cue.form == .participle else { return nil }
                let m = context.mentionAt[c - 1]
                guard m >= 0 else { return nil }
                let mention = context.mentions[m]
                guard mention.kind == .person, !mention.isPossessive, !mention.isModifier else { return nil }
                let first = context.token(atOrAfter: mention.fullSpan.start)
                guard first - 1 >= range.lowerBound, context.t.lowercased[first - 1] == "of" else { return nil }
                return (SpeakerCandidate(kind: .mention(m), span: mention.fullSpan), c)
            }
            c -= 1
        }
        return nil
    }
}
