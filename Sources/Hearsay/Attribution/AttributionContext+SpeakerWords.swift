/// The word facts the speaker-phrase rules test, read per token through the word id (see
/// `SpeakerWords`, `SpeakerWordMemo`).
extension AttributionContext {
    /// The word lists holding token `k`'s lowercase text, and its spelling facts.
    @inline(__always)
    func words(_ k: Int) -> SpeakerWords { speakerWords.words(t.ids[k]) { t.lowercased[k] } }

    /// `lexicons.isCommonWord(t.texts[k])`.
    @inline(__always)
    func isCommonWord(_ k: Int) -> Bool { speakerWords.answer(.commonWord, t.ids[k]) { lexicons.isCommonWord(t.texts[k]) } }

    /// `lexicons.pronoun(t.lowercased[k]) != nil`.
    @inline(__always)
    func isPronoun(_ k: Int) -> Bool { speakerWords.answer(.pronoun, t.ids[k]) { lexicons.pronoun(t.lowercased[k]) != nil } }

    /// Whether token `k` is a source noun, in lowercase or as written ("spokesman", "Officials").
    @inline(__always)
    func isSourceHead(_ k: Int) -> Bool {
        speakerWords.answer(.sourceHead, t.ids[k]) {
            lexicons.sourceNoun(t.lowercased[k]) != nil || lexicons.sourceNoun(t.texts[k]) != nil
        }
    }

    /// `lexicons.sourceNoun(t.texts[k]) != nil`.
    @inline(__always)
    func isSourceNounAsWritten(_ k: Int) -> Bool {
        speakerWords.answer(.sourceNounText, t.ids[k]) { lexicons.sourceNoun(t.texts[k]) != nil }
    }

    /// `lexicons.firstName(t.lowercased[k]) != nil`.
    @inline(__always)
    func isFirstName(_ k: Int) -> Bool { speakerWords.answer(.firstName, t.ids[k]) { lexicons.firstName(t.lowercased[k]) != nil } }

    /// `lexicons.role(t.lowercased[k]) != nil`.
    @inline(__always)
    func isRole(_ k: Int) -> Bool { speakerWords.answer(.role, t.ids[k]) { lexicons.role(t.lowercased[k]) != nil } }

    /// Whether token `k`'s lowercase text, without a contraction ending ("he’s" -> "he"), may
    /// be a subject pronoun or an indefinite one ("another"): false rules out both.
    @inline(__always)
    func mayBeStrippedSubject(_ k: Int) -> Bool {
        speakerWords.answer(.strippedSubject, t.ids[k]) {
            let word = Contraction.stripped(t.lowercased[k])
            return (lexicons.pronoun(word) != nil && SpeakerPhrases.subjectPronouns.contains(word)) || SpeakerPhrases.indefinites.contains(word)
        }
    }

    /// `lexicons.mayEndRole(t.lowercased[k])`: false only when no role ends with the word.
    @inline(__always)
    func mayEndRole(_ k: Int) -> Bool { speakerWords.answer(.mayEndRole, t.ids[k]) { lexicons.mayEndRole(t.lowercased[k]) } }
}
