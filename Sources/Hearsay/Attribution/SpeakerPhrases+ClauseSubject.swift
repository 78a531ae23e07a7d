/// The subject that opens a clause ("And Mr. Christie gloated", "She then addressed the crowd"),
/// for cues that stand apart from their subject.
extension SpeakerPhrases {
    /// Words that may come before a clause's subject.
    static let clauseLeads: Set<String> = ["and", "but", "so", "then", "yet", "still", "instead", "meanwhile", "later", "finally", "now"]

    /// The name or pronoun that opens the clause at token `start`, when a lowercase word (its
    /// verb) or a colon follows it before `limit`; nil otherwise.
    func clauseSubject(from start: Int, before limit: Int) -> SpeakerCandidate? {
        let t = context.t
        var k = start
        while k < limit, !context.insideQuote[k], t.kinds[k] == .punctuation || context.words(k).contains(.clauseLead) { k += 1 }
        guard k < limit, !context.insideQuote[k] else { return nil }
        var candidate: SpeakerCandidate?
        var end = k
        if context.mentionAt[k] >= 0 {
            let m = context.mentionAt[k]
            let mention = context.mentions[m]
            guard mention.kind != .place, !mention.isPossessive, !mention.isModifier else { return nil }
            while end < limit, context.mentionAt[end] == m { end += 1 }
            candidate = SpeakerCandidate(kind: .mention(m), span: mention.fullSpan)
        } else if context.words(k).contains(.personalSubjectPronoun), let pronoun = context.pronoun(word: t.lowercased[k]) {
            end = k + 1
            candidate = SpeakerCandidate(kind: .pronoun(pronoun), span: t.spans[k])
        } else if let name = nameRun(startingAt: k, limit: limit) {
            end = context.token(atOrAfter: name.span.end)
            candidate = name
        }
        guard let candidate, end < limit || end == limit else { return nil }
        // A verb or a colon must follow: "Kasich resisted:", "Donald Trump:".
        if end == limit { return t.isText(limit, ":") ? candidate : nil }
        if t.isText(end, ":") { return candidate }
        guard t.kinds[end] == .word, !t.capitalized[end], !context.words(end).contains(.preposition),
              !context.words(end).contains(.possessiveOrOf) else { return nil }
        return candidate
    }

    /// Words that open a clause inside a sentence.
    static let clauseOpeners: Set<String> = [",", ";", "when", "while", "as", "after", "before", "because", "since", "if", "but", "though", "although"]

    /// The subject of a cue coordinated with "and" or "but" at token `conjunction` ("when he
    /// brought it up and later said"): the subject of the nearest clause before it, else of the
    /// sentence from `floor`.
    func coordinatedSubject(before conjunction: Int, floor: Int) -> SpeakerCandidate? {
        let o = clauseStart(before: conjunction, floor: floor)
        if o > floor, let subject = clauseSubject(from: o, before: conjunction) { return subject }
        return clauseSubject(from: floor, before: conjunction)
    }

    /// The first token of the clause that holds token `k`: just after the nearest clause opener
    /// before it (outside quotes), else `floor`.
    func clauseStart(before k: Int, floor: Int) -> Int {
        var o = k - 1
        while o > floor, !context.insideQuote[o], !context.words(o).contains(.clauseOpener) { o -= 1 }
        return o > floor && !context.insideQuote[o] ? o + 1 : floor
    }
}
