/// Stance nouns and adjectives from `content-nouns.tsv` whose content is the phrase after their
/// preposition: `Cole renewed her calls for a new bridge`, `The engineers raised concerns about
/// the cables`, `Ann Cole has been critical of the mayor`.
///
/// The content runs to the clause's end (a comma, semicolon or dash, an adverbial clause, or the sentence end); the
/// speaker is the possessor ("her calls for") or the subject of the clause, past a light verb and
/// adverbs ("has been sharply critical of", "voiced concerns about").
extension IndirectSpeechFinder {
    /// Words between a stance word and its subject: copulas, auxiliaries, adverbs and the light
    /// verbs that take these nouns as their object.
    static let stanceBridges: Set<String> = [
        "be", "been", "being", "is", "are", "was", "were", "am", "has", "have", "had", "also", "both", "very", "highly", "sharply",
        "deeply", "especially", "generally", "fully", "increasingly", "openly", "publicly", "sternly", "strongly", "more", "most",
        "so", "too", "often", "long", "expressed", "voiced", "raised", "renewed", "shared", "echoed", "repeated", "raises",
        "expresses", "voices", "shares", "renews", "repeats", "express", "voice", "raise", "share", "renew", "repeat", "serious",
        "growing", "new", "specific", "their", "his", "her",
    ]
    /// Words that open an adverbial clause after a stance word's content ("critical of the plan during …").
    static let stanceContentBreaks: Set<String> = ["during", "but", "because", "while", "after", "since", "although", "though", "when"]
    /// Most tokens of a subject phrase found before a stance word.
    static let stanceSubjectLength = 10

    /// The content `(start, end)` and speaker of stance word `k` ("calls", "critical") when its
    /// preposition follows; nil otherwise.
    func stanceContent(at k: Int, _ range: Range<Int>, _ context: AttributionContext) -> (Int, Int, SpeakerCandidate)? {
        let t = context.t
        guard k > range.lowerBound, k + 2 < range.upperBound, !context.insideQuote[k],
              let prepositions = context.lexicons.contentNouns[t.lowercased[k]], prepositions.contains(t.lowercased[k + 1]),
              t.kinds[k + 2] == .word || context.insideQuote[k + 2],
              let who = possessor(before: k, range, context) ?? stanceSubject(before: k, range, context) else { return nil }
        let start = k + 2
        var end = start
        while end + 1 < range.upperBound, context.insideQuote[end + 1]
                || !([",", ";", ":", "—", "--", "–", "(", ")"].contains(t.texts[end + 1]) || Self.stanceContentBreaks.contains(t.lowercased[end + 1])) {
            end += 1
        }
        while end > start, t.kinds[end] == .punctuation, !context.insideQuote[end] { end -= 1 }
        return (start, end, who)
    }

    /// The subject of the clause that holds stance word `k`: a name, pronoun or description
    /// before it past `stanceBridges`, or the words from the clause's start (at most
    /// `stanceSubjectLength`) that hold a noun.
    func stanceSubject(before k: Int, _ range: Range<Int>, _ context: AttributionContext) -> SpeakerCandidate? {
        let t = context.t
        var j = k - 1
        while j >= range.lowerBound, !context.insideQuote[j], Self.stanceBridges.contains(t.lowercased[j])
                || (t.lowercased[j].hasSuffix("ly") && t.lowercased[j].count > 4 && !t.capitalized[j]) { j -= 1 }
        guard j >= range.lowerBound, t.kinds[j] == .word, !context.insideQuote[j] else { return nil }
        if t.lowercased[j] == "who" { return SpeakerCandidate(kind: .nominal, span: t.spans[j]) }
        if let named = SpeakerPhrases(context: context).left(of: j + 1, in: range.lowerBound..<(j + 1)) {
            // A description right before the stance word is its modifier ("The main concerns", "a new book critical of").
            if case .nominal = named.kind, j == k - 1 { return nil }
            return named
        }
        if Self.subjectPhraseStops.contains(t.lowercased[j]) || SpeakerPhrases.prepositions.contains(t.lowercased[j])
            || AttributionContext.nounMarkers.contains(t.lowercased[j]) || Self.auxiliaries.contains(t.lowercased[j]) { return nil }
        guard j < k - 1 else { return nil }
        var start = j
        while start - 1 >= range.lowerBound, j - start + 1 < Self.stanceSubjectLength, !context.insideQuote[start - 1] {
            let previous = t.lowercased[start - 1]
            if Self.subjectPhraseStops.contains(previous) || context.cueAt.hasCue(start - 1) || Self.auxiliaries.contains(previous) { break }
            if t.kinds[start - 1] == .punctuation, !["’s", "'s", "-", "."].contains(previous) { break }
            start -= 1
        }
        // The phrase must open its clause, and name someone: not "There are concerns about".
        if start - 1 >= range.lowerBound {
            let previous = t.lowercased[start - 1]
            guard Self.subjectPhraseStops.contains(previous) || [",", ";", ":", "—", "--"].contains(previous) else { return nil }
        }
        guard (start...j).contains(where: { t.kinds[$0] == .word && !["it", "this", "there", "what", "these", "those", "that"].contains(t.lowercased[$0])
                && !AttributionContext.nounMarkers.contains(t.lowercased[$0]) }) else { return nil }
        return SpeakerCandidate(kind: .nominal, span: Span(t.spans[start].start, t.spans[j].end))
    }
}
