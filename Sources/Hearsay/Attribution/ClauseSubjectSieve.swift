/// `And Mr. Christie had the last word: “…”`, `After the debate, Sanders stood up, “…”`: a quote set off by a
/// colon or comma after a clause without a cue verb takes that clause's subject.
struct ClauseSubjectSieve: AttributionSieve {
    let name = "clause-subject"
    let confidence = 0.7
    let examples = [
        SieveExample(text: "The mayor spoke first. And Jane Hill had the last word: “I told you it would pass.”", quote: "I told you", speaker: "Jane Hill"),
        SieveExample(text: "Tom Reed stood up, “That is simply not true.”", quote: "simply not true", speaker: "Tom Reed"),
        SieveExample(text: "VOTERS WANT A CHANGE - Jane Hill: “The mood has turned since the spring.”", quote: "mood has turned", speaker: "Jane Hill"),
        SieveExample(text: "Jane Hill unveiled a four-word slogan: “Build it back better.”", quote: "Build it back", speaker: "Jane Hill"),
        SieveExample(text: "When Anna Berg criticized the plan, Tom Reed stood up, “That is simply not true.”", quote: "simply not true", speaker: "Tom Reed"),
    ]
    /// Longest clause before a colon, and before a comma, in tokens.
    static let colonWindow = 25
    static let commaWindow = 8

    func propose(for q: Int, in context: AttributionContext) -> (candidate: SpeakerCandidate, cue: Int?)? {
        let quote = context.quotes[q]
        guard quote.kind == .direct || quote.kind == .block else { return nil }
        let t = context.t
        let open = context.tokenAtOpen(quote)
        let range = context.sentenceTokens(at: quote.outer.start)
        guard open > range.lowerBound, range.contains(open) || open == range.upperBound else { return nil }
        let mark = t.texts[open - 1]
        guard mark == ":" || mark == "," else { return nil }
        // The clause right before the mark: from the last comma or semicolon, or the sentence start.
        // Before a colon a dash also ends what comes first ("Polls tighten - Jane Hill: “…”" names the speaker).
        let boundaries: Set<String> = mark == ":" ? [",", ";", "-", "–", "—"] : [",", ";"]
        var start = open - 2
        // (A hyphen inside a word, "three-word", is no dash.)
        while start >= range.lowerBound, !boundaries.contains(t.texts[start]) || (t.texts[start] == "-" && !t.spaceBefore[start]) { start -= 1 }
        start += 1
        let window = mark == ":" ? Self.colonWindow : Self.commaWindow
        guard open - 1 - start <= window, open - 1 > start,
              !(start..<(open - 1)).contains(where: { context.insideQuote[$0] || context.cueAt[$0] != nil }) else { return nil }
        guard let candidate = SpeakerPhrases(context: context).clauseSubject(from: start, before: open - 1) else { return nil }
        return (candidate, nil)
    }
}
