/// `“…,” said X`, `“…,” X said`, `“…,” X, a doctor, told reporters`: cue and speaker right after the quote.
struct TrailingCueSieve: AttributionSieve {
    let name = "trailing-cue"
    let confidence = 0.95
    /// Reads only the text around the quote, never other quotes' attributions.
    var readsOtherAttributions: Bool { false }
    let examples = [
        SieveExample(text: "“We will not back down,” said Jane Hill. Ms Hill runs the union.", quote: "We will not back down", speaker: "Jane Hill"),
        SieveExample(text: "“The plan is dead,” Senator Tom Reed said on Monday.", quote: "The plan is dead", speaker: "Tom Reed"),
        SieveExample(text: "“You are wrong about this,” Tom Reed shot back.", quote: "You are wrong", speaker: "Tom Reed"),
        SieveExample(text: "“It was a mistake,” a spokesman for the ministry said.", quote: "It was a mistake", speaker: "a spokesman for the ministry"),
        SieveExample(text: "“We planted every tree,” the 71-year-old diplomat said.", quote: "planted every tree", speaker: "the 71-year-old diplomat"),
        SieveExample(text: "''I would call it 'old-school,''' said Jane Hill, a historian.", quote: "I would call it", speaker: "Jane Hill"),
        SieveExample(text: "“Keep the doors open,” said master of ceremonies Jane Hill.", quote: "Keep the doors", speaker: "Jane Hill"),
        SieveExample(text: "“The winters were long,” remembered Tom Reed, a retired miner.", quote: "winters were long", speaker: "Tom Reed"),
        SieveExample(text: "“Why does he hide it?” a narrator in the ad asks.", quote: "Why does he hide", speaker: "a narrator in the ad"),
        SieveExample(text: "“He never missed a game,” his mother said.", quote: "never missed a game", speaker: "his mother"),
        SieveExample(text: "“The count is final,” Jane Hill, the communications director for the Green Party said.", quote: "count is final",
                     speaker: "Jane Hill"),
        SieveExample(text: "“We will stay the course,” said former secretary of state Jane Hill.", quote: "stay the course", speaker: "Jane Hill"),
        SieveExample(text: "“The vote is close,” Tom Reed Jr., the party chairman, said on Monday.", quote: "vote is close", speaker: "Tom Reed Jr"),
        SieveExample(text: "The count ended late. “We have the votes,” West said.", quote: "We have the votes", speaker: "West"),
        SieveExample(text: "One reader wrote in to complain. “Bring back the old format,” wrote another.", quote: "Bring back", speaker: "another"),
        SieveExample(text: "“We sell what people want,” Jane Hill, the head of Ora Media -- the firm that owns the show -- told me.",
                     quote: "We sell what", speaker: "Jane Hill"),
    ]

    /// The marks that may stand between a quote and its cue.
    static let strayMarks: [StaticString] = [",", "—", "–", "-", "'", "’"]

    /// Whether `text` is one of `strayMarks`, its UTF-8 bytes compared: a list of them as
    /// strings was made at each token asked about, and compared through Unicode equivalence.
    static func isStrayMark(_ text: String) -> Bool { text.hasUTF8(ofOneOf: strayMarks) }

    func propose(for q: Int, in context: AttributionContext) -> (candidate: SpeakerCandidate, cue: Int?)? {
        let quote = context.quotes[q].place
        let t = context.t
        let site = context.site(q)
        var k = site.after
        guard k < t.count else { return nil }
        // The cue must follow in the sentence where the quote ends, not in the next one.
        var range = site.closeSentence
        if !range.contains(k) {
            // ICU ends the sentence at `?”` or `!”` even before "Clinton said.": a short next
            // sentence in the same paragraph that opens with the attribution still belongs to the quote.
            let next = context.sentenceTokens(at: t.spans[k].start)
            // After `.”` the next sentence is a new one ("“…,” Reid said. “…” Reid said both …").
            let content = quote.span
            guard content.end > content.start, context.document.bytes[content.end - 1] != 0x2E,
                  next.lowerBound == k,
                  context.document.paragraphIndex(at: t.spans[k].start) == quote.paragraph,
                  let firstCue = next.prefix(14).first(where: { context.cueAt.hasCue($0) }),
                  !(next.lowerBound..<firstCue).contains(where: { context.insideQuote[$0] }) else { return nil }
            range = next
        }
        // `''… 'old-school,''' said X`: the stray mark of a nested quote that closes with the outer one.
        while k < range.upperBound, t.kinds[k] == .punctuation, Self.isStrayMark(t.texts[k]) { k += 1 }
        guard k < range.upperBound, !context.insideQuote[k] else { return nil }
        let phrases = SpeakerPhrases(context: context)
        // A complete quote followed by `X said:` — that attribution introduces the next quote.
        let content = quote.span
        let endsSentence = content.end > content.start && [0x2E, 0x21, 0x3F].contains(context.document.bytes[content.end - 1])
        func introducesNext(_ cue: Int) -> Bool {
            endsSentence && cue + 1 < t.count && t.isText(cue + 1, ":")
        }
        if context.cueAt.hasCue(k) {
            if introducesNext(k) { return nil }
            if let candidate = phrases.right(of: k, in: range) { return (candidate, k) }
            return nil
        }
        // Name first, then the cue within a few tokens.
        var c = k
        while c < min(range.upperBound, k + 36), !context.insideQuote[c], !t.isText(c, ";") {
            if context.cueAt.hasCue(c) {
                if introducesNext(c) { return nil }
                let local = k..<range.upperBound
                if let candidate = phrases.left(of: c, in: local) { return (candidate, c) }
                // `“…,” West said`: one capitalised word between the quote and the cue is a name, even a common word.
                if c == k + 1, t.kinds[k] == .word, t.capitalized[k], !context.isPronoun(k) {
                    return (SpeakerCandidate(kind: .name, span: t.spans[k]), c)
                }
                return nil
            }
            c += 1
        }
        return nil
    }
}
