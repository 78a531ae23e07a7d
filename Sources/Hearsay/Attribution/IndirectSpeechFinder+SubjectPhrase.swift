/// The whole noun phrase before a verb of saying, when no name, pronoun or known description
/// ends right before it: `Experts on the old bridge said …`, `All the engineers we asked say …`,
/// `A builder who worked on the old bridge said …`.
extension IndirectSpeechFinder {
    /// Most tokens of such a subject phrase.
    static let subjectPhraseLength = 10
    /// Words that end a subject phrase on its left: they open the clause it belongs to.
    static let subjectPhraseStops: Set<String> = ["that", "because", "when", "while", "if", "but", "and", "as", "although", "though",
                                                  "since", "after", "before", "so", "whether", "than", "or"]
    /// Lemmas of the verbs that may take such a subject: saying, not believing or feeling.
    static let subjectPhraseLemmas: Set<String> = ["say", "tell", "add", "note", "argue", "claim", "insist", "suggest", "warn",
                                                   "acknowledge", "report", "write", "contend", "assert", "explain", "state",
                                                   "predict", "estimate", "conclude", "confirm", "allege", "announce", "maintain",
                                                   "show", "find", "indicate", "agree", "reveal"]
    /// Auxiliaries and modals: before a subject phrase they belong to another clause's verb.
    static let auxiliaries: Set<String> = ["would", "should", "may", "might", "can", "could", "will", "must", "has", "have", "had",
                                           "is", "are", "was", "were", "do", "does", "did", "be", "been"]

    /// The subject phrase of the verb of saying or showing at `c` with lemma `lemma` (a finite
    /// form: not a participle, not after "to"): the words from the clause's start to the verb,
    /// past auxiliaries and adverbs ("have not", "also").
    func subjectPhrase(of c: Int, lemma: String, _ range: Range<Int>, _ context: AttributionContext) -> SpeakerCandidate? {
        let t = context.t
        // Any verb will do before a clause with "that" ("Analysts cautioned that …").
        let thatFollows = c + 1 < range.upperBound && t.lowercased[c + 1] == "that"
        guard Self.subjectPhraseLemmas.contains(lemma) || thatFollows, !t.lowercased[c].hasSuffix("ing"), c > range.lowerBound,
              t.lowercased[c - 1] != "to" else { return nil }
        var end = c - 1
        while end >= range.lowerBound, !context.insideQuote[end],
              SpeakerPhrases.skippable.contains(t.lowercased[end]) || Self.auxiliaries.contains(t.lowercased[end])
                || ["n’t", "n't", "not"].contains(t.lowercased[end]) || t.lowercased[end].hasSuffix("n’t") || t.lowercased[end].hasSuffix("n't") { end -= 1 }
        guard end >= range.lowerBound, t.kinds[end] == .word, !context.insideQuote[end] else { return nil }
        // "an architect who said": the relative pronoun, as written, is the speaker.
        if t.lowercased[end] == "who" { return SpeakerCandidate(kind: .nominal, span: t.spans[end]) }
        // A conjunction, a preposition or another relative word ends no subject ("and said", "which said").
        if Self.subjectPhraseStops.contains(t.lowercased[end]) || SpeakerPhrases.prepositions.contains(t.lowercased[end])
            || ["which", "what", "whom"].contains(t.lowercased[end]) { return nil }
        var start = end
        while start - 1 >= range.lowerBound, end - start + 1 < Self.subjectPhraseLength, !context.insideQuote[start - 1] {
            let previous = t.lowercased[start - 1]
            if Self.subjectPhraseStops.contains(previous) || context.cueAt.hasCue(start - 1) { break }
            // "Readers may not let editorials tell …": an auxiliary before it belongs to another verb.
            if Self.auxiliaries.contains(previous) || previous.hasSuffix("n’t") || previous.hasSuffix("n't") { return nil }
            if t.kinds[start - 1] == .punctuation, !["’s", "'s", "-", "."].contains(previous) { break }
            start -= 1
        }
        // The phrase must open its clause: the sentence start, a comma or a conjunction before it.
        if start - 1 >= range.lowerBound {
            let previous = t.lowercased[start - 1]
            guard Self.subjectPhraseStops.contains(previous) || [",", ";", ":", "—", "--"].contains(previous) else { return nil }
        }
        // A subject has a noun: a capitalised word, or a word that is no pronoun object.
        guard (start...end).contains(where: { t.kinds[$0] == .word && !["it", "this", "there", "what"].contains(t.lowercased[$0]) })
        else { return nil }
        return SpeakerCandidate(kind: .nominal, span: Span(t.spans[start].start, t.spans[end].end))
    }
}
