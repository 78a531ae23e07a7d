/// The word facts the speaker-phrase rules test, read per token through the word id (see
/// `SpeakerWords`, `SpeakerWordMemo`).
extension AttributionContext {
    /// The word lists holding token `k`'s lowercase text, and its spelling facts.
    @inline(__always)
    func words(_ k: Int) -> SpeakerWords { speakerWords.words(t.ids[k]) { t.lowercased[k] } }

    /// `isCommonWord(word: t.texts[k])`.
    @inline(__always)
    func isCommonWord(_ k: Int) -> Bool { speakerWords.answer(.commonWord, t.ids[k]) { isCommonWord(word: t.texts[k]) } }

    /// `pronoun(word: t.lowercased[k]) != nil`.
    @inline(__always)
    func isPronoun(_ k: Int) -> Bool { speakerWords.answer(.pronoun, t.ids[k]) { pronoun(word: t.lowercased[k]) != nil } }

    /// Whether token `k` is a source noun, in lowercase or as written ("spokesman", "Officials").
    @inline(__always)
    func isSourceHead(_ k: Int) -> Bool {
        speakerWords.answer(.sourceHead, t.ids[k]) {
            sourceNoun(word: t.lowercased[k]) != nil || sourceNoun(word: t.texts[k]) != nil
        }
    }

    /// `sourceNoun(word: t.texts[k]) != nil`.
    @inline(__always)
    func isSourceNounAsWritten(_ k: Int) -> Bool {
        speakerWords.answer(.sourceNounText, t.ids[k]) { sourceNoun(word: t.texts[k]) != nil }
    }

    /// `firstName(word: t.lowercased[k]) != nil`.
    @inline(__always)
    func isFirstName(_ k: Int) -> Bool { speakerWords.answer(.firstName, t.ids[k]) { firstName(word: t.lowercased[k]) != nil } }

    /// `role(phrase: t.lowercased[k]) != nil`.
    @inline(__always)
    func isRole(_ k: Int) -> Bool { speakerWords.answer(.role, t.ids[k]) { role(phrase: t.lowercased[k]) != nil } }

    /// Whether token `k`'s lowercase text, without a contraction ending ("he’s" -> "he"), may
    /// be a subject pronoun or an indefinite one ("another"): false rules out both.
    @inline(__always)
    func mayBeStrippedSubject(_ k: Int) -> Bool {
        speakerWords.answer(.strippedSubject, t.ids[k]) {
            // The lists' bits of the stripped word, in one table lookup (two `Set<String>`
            // lookups cost 320 instructions a word, callgrind), and the pronoun lexicon only for
            // a subject pronoun.
            let word = Contraction.stripped(t.lowercased[k])
            let lists = SpeakerWords(rawValue: SpeakerWords.table[word] ?? 0)
            return (lists.contains(.subjectPronoun) && pronoun(word: word) != nil) || lists.contains(.indefinite)
        }
    }

    /// `QuoteFilter.workNouns.contains(t.lowercased[k])` (each word hashed once, not at every quote).
    @inline(__always)
    func isWorkNoun(_ k: Int) -> Bool { speakerWords.answer(.workNoun, t.ids[k]) { QuoteFilter.workNounTable.contains(t.lowercased[k]) } }

    /// `QuoteFilter.namingWords.contains(t.lowercased[k])`.
    @inline(__always)
    func isNamingWord(_ k: Int) -> Bool { speakerWords.answer(.namingWord, t.ids[k]) { QuoteFilter.namingWordTable.contains(t.lowercased[k]) } }

    /// `mayEndRole(word: t.lowercased[k])`: false only when no role ends with the word.
    @inline(__always)
    func mayEndRole(_ k: Int) -> Bool { speakerWords.answer(.mayEndRole, t.ids[k]) { mayEndRole(word: t.lowercased[k]) } }
}
