/// The lexicon lookups the attribution rules make, answered from the lexicons' byte-indexed
/// tables held by the context (`tables`), as `Lexicons` answers them: a lookup through
/// `lexicons` copied the whole `Lexicons` (each of its tables retained, then released) at
/// call sites the optimiser could not prove safe to read in place.
extension AttributionContext {
    /// `lexicons.pronoun(word)`.
    @inline(__always)
    func pronoun(word: String) -> Pronoun? {
        if let tables { return tables.pronouns[word] }
        return lexicons.pronoun(word)
    }

    /// `lexicons.sourceNoun(word)`.
    @inline(__always)
    func sourceNoun(word: String) -> Bool? {
        if let tables { return tables.sourceNouns[word] }
        return lexicons.sourceNoun(word)
    }

    /// `lexicons.role(phrase)`.
    @inline(__always)
    func role(phrase: String) -> TitleEntry? {
        if let tables { return tables.roles[phrase] }
        return lexicons.role(phrase)
    }

    /// `lexicons.isCommonWord(word)`.
    @inline(__always)
    func isCommonWord(word: String) -> Bool {
        if let tables { return tables.commonWords.contains(word) }
        return lexicons.isCommonWord(word)
    }

    /// `lexicons.firstName(word)`.
    @inline(__always)
    func firstName(word: String) -> Gender? {
        if let tables { return tables.firstNames[word] }
        return lexicons.firstName(word)
    }

    /// `lexicons.mayEndRole(word)`.
    @inline(__always)
    func mayEndRole(word: String) -> Bool {
        if let tables { return tables.roleLastWords.contains(word) }
        return lexicons.mayEndRole(word)
    }

    /// `lexicons.cueVerb(word)`.
    @inline(__always)
    func cueVerb(word: String) -> CueVerb? {
        if let tables { return tables.cueVerbs[word] }
        return lexicons.cueVerb(word)
    }
}
