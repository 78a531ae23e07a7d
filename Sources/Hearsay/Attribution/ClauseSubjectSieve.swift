/// `And Mr. Christie had the last word: “…”`, `After the debate, Sanders stood up, “…”`: a quote set off by a
/// colon or comma after a clause without a cue verb takes that clause's subject.
struct ClauseSubjectSieve: AttributionSieve {
    let name = "clause-subject"
    let confidence = 0.7
    /// Reads only the text around the quote, never other quotes' attributions.
    var readsOtherAttributions: Bool { false }
    let examples = [
        SieveExample(text: "The mayor spoke first. And Jane Hill had the last word: “I told you it would pass.”", quote: "I told you", speaker: "Jane Hill"),
        SieveExample(text: "Tom Reed stood up, “That is simply not true.”", quote: "simply not true", speaker: "Tom Reed"),
        SieveExample(text: "VOTERS WANT A CHANGE - Jane Hill: “The mood has turned since the spring.”", quote: "mood has turned", speaker: "Jane Hill"),
        SieveExample(text: "Former secretary of state Jane Hill (D-Ohio): “We learned that from the department.”", quote: "We learned that",
                     speaker: "Jane Hill"),
        SieveExample(text: "Jane Hill unveiled a four-word slogan: “Build it back better.”", quote: "Build it back", speaker: "Jane Hill"),
        SieveExample(text: "When Anna Berg criticized the plan, Tom Reed stood up, “That is simply not true.”", quote: "simply not true", speaker: "Tom Reed"),
    ]
    /// Longest clause before a colon, and before a comma, in tokens.
    static let colonWindow = 25
    static let commaWindow = 8

    func propose(for q: Int, in context: AttributionContext) -> (candidate: SpeakerCandidate, cue: Int?)? {
        let quote = context.quotes[q].place
        guard quote.kind == .direct || quote.kind == .block else { return nil }
        let t = context.t
        let site = context.site(q)
        let open = site.open, range = site.openSentence
        guard open > range.lowerBound, range.contains(open) || open == range.upperBound else { return nil }
        let mark = t.texts[open - 1]
        guard mark == ":" || mark == "," else { return nil }
        // The clause right before the mark: from the last comma or semicolon, or the sentence start.
        // Before a colon a dash also ends what comes first ("Polls tighten - Jane Hill: “…”" names the speaker).
        let colon = mark == ":"
        var start = open - 2
        // (A hyphen inside a word, "three-word", is no dash.)
        while start >= range.lowerBound, !Self.endsClause(start, t, beforeColon: colon) || (t.isText(start, "-") && !t.spaceBefore[start]) {
            start -= 1
        }
        start += 1
        let window = mark == ":" ? Self.colonWindow : Self.commaWindow
        guard open - 1 - start <= window, open - 1 > start,
              !(start..<(open - 1)).contains(where: { context.insideQuote[$0] || context.cueAt.hasCue($0) }) else { return nil }
        let phrases = SpeakerPhrases(context: context)
        if let candidate = phrases.clauseSubject(from: start, before: open - 1) { return (candidate, nil) }
        if mark == ":", let label = roleLabel(from: start, before: open - 1, context) { return (label, nil) }
        return nil
    }

    /// Whether token `k` reads ",", ";", or before a colon "-", "–" or "—": what ends the clause
    /// before the mark. Read from the token's bytes (a set of these strings was made at each
    /// quote, and each token's text hashed).
    static func endsClause(_ k: Int, _ t: TokenFeatures, beforeColon: Bool) -> Bool {
        if t.isText(k, ",") || t.isText(k, ";") { return true }
        guard beforeColon else { return false }
        // (The dashes' UTF-8 opens with 0xE2: other tokens skip the string comparisons.)
        return t.isText(k, "-") || (t.firstByte(k) == 0xE2 && (t.texts[k] == "–" || t.texts[k] == "—"))
    }

    /// `Former secretary of state Jane Hill (D):` — a person's name after nothing but their role,
    /// ending at the colon `colon`.
    func roleLabel(from start: Int, before colon: Int, _ context: AttributionContext) -> SpeakerCandidate? {
        let t = context.t
        let end = SpeakerPhrases(context: context).skippingParenthetical(endingAt: colon - 1, floor: start)
        guard end >= start, context.mentionAt[end] >= 0 else { return nil }
        let m = context.mentionAt[end]
        let mention = context.mentions[m]
        guard mention.kind == .person, !mention.isPossessive, mention.span.end == t.spans[end].end else { return nil }
        let first = context.token(atOrAfter: mention.span.start)
        // The lowercase words before the name, bar modifiers ("former"), must make one role ("secretary of state").
        let lower = (start..<first).filter { t.kinds[$0] == .word && !t.capitalized[$0] && !SpeakerPhrases.titleModifiers.contains(t.lowercased[$0])
            && t.lowercased[$0] != "the" }
        guard !(start..<first).contains(where: { context.insideQuote[$0] || context.cueAt.hasCue($0) }),
              lower.isEmpty || context.role(phrase: lower.map { t.lowercased[$0] }.joined(separator: " ")) != nil else { return nil }
        return SpeakerCandidate(kind: .mention(m), span: mention.fullSpan)
    }
}
