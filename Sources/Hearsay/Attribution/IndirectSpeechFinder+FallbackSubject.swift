/// The speaker of a plain verb of saying whose clause content opens with a subject pronoun or
/// "that" (`… said he would …`), when no name, pronoun or description was found before the verb:
/// `Ann Cole, who ran the old bridge for years, said she …`, `… and later said they …`.
///
/// A pronoun or "that" right after the verb almost always opens the reported clause, so the content is
/// safe to report even when the subject is long or far away; the speaker is the words that open
/// the sentence, up to their first comma.
extension IndirectSpeechFinder {
    /// Pronouns that open a reported clause right after its verb.
    static let clauseOpeningPronouns: Set<String> = ["he", "she", "they", "it", "we", "i", "there"]
    /// Determiners that, right after a past verb of saying, open its reported clause often enough ("said the bridge would …").
    static let fallbackDeterminers: Set<String> = ["the", "his", "her", "their", "its", "this", "these"]
    /// Most tokens of such a fallback speaker.
    static let fallbackSubjectLength = 12
    /// Words that open an adverbial clause before the subject ("In Ohio, …", "After the vote, …");
    /// a clause opening with an -ing word ("Speaking in Ohio, …") is one too.
    static let adverbialOpeners: Set<String> = ["in", "at", "on", "after", "before", "during", "with", "from",
                                                "as", "while", "when", "despite", "since", "by", "under", "earlier", "later"]

    /// The fallback speaker of cue `cue` at token `c`: a verb of saying or writing that names no
    /// addressee ("said", "to say", "saying"), followed by a subject pronoun or a "that" clause; the words from the
    /// sentence's start to its first comma (at most `fallbackSubjectLength`) before the cue.
    func fallbackSubject(of c: Int, cue: CueVerb, _ range: Range<Int>, _ context: AttributionContext) -> SpeakerCandidate? {
        let t = context.t
        guard cue.type == "speech" || cue.type == "writing", !Self.addresseeLemmas.contains(cue.lemma), c + 1 < range.upperBound,
              c > range.lowerBound, Self.clauseOpeningPronouns.contains(t.lowercased[c + 1]) || thatClause(after: c, range, context)
                || (Self.fallbackDeterminers.contains(t.lowercased[c + 1]) && cue.form == .past)
        else { return nil }
        return openingWords(before: c, range, context)
    }

    /// The words that open the sentence of token `c`, up to their first comma (at most
    /// `fallbackSubjectLength`), past a leading conjunction: the speaker of last resort.
    func openingWords(before c: Int, _ range: Range<Int>, _ context: AttributionContext) -> SpeakerCandidate? {
        let t = context.t
        guard c > range.lowerBound, c < range.upperBound else { return nil }
        var start = range.lowerBound
        while start < c, t.kinds[start] == .punctuation || ["and", "but", "so"].contains(t.lowercased[start]) { start += 1 }
        // "Speaking in Ohio on Monday, the mayor …": the subject follows the opening adverbial clause.
        if start < c, t.kinds[start] == .word, Self.adverbialOpeners.contains(t.lowercased[start]) || t.lowercased[start].hasSuffix("ing"),
           let comma = (start..<c).first(where: { t.isText($0, ",") && !context.insideQuote[$0] }), comma + 1 < c {
            start = comma + 1
            while start < c, t.kinds[start] == .punctuation { start += 1 }
        }
        var end = start
        while end + 1 < c, end + 1 - start < Self.fallbackSubjectLength, !t.isText(end + 1, ","), !context.insideQuote[end + 1] { end += 1 }
        guard start < c, end < c, t.kinds[start] == .word, !context.insideQuote[start] else { return nil }
        while end > start, t.kinds[end] == .punctuation { end -= 1 }
        // A phrase of determiners alone ("The, saying …") names no one.
        guard (start...end).contains(where: { t.kinds[$0] == .word && !AttributionContext.nounMarkers.contains(t.lowercased[$0]) }) else { return nil }
        return SpeakerCandidate(kind: .nominal, span: Span(t.spans[start].start, t.spans[end].end))
    }

    /// Whether a clause with "that" follows cue `c`: "that" and a word that does not show it to
    /// be a pronoun ("that is", "that out").
    func thatClause(after c: Int, _ range: Range<Int>, _ context: AttributionContext) -> Bool {
        let t = context.t
        guard c + 2 < range.upperBound, t.lowercased[c + 1] == "that" else { return false }
        return (t.kinds[c + 2] == .word || context.insideQuote[c + 2]) && !Self.notClauseOpeners.contains(t.lowercased[c + 2])
    }
}
