/// The recognizer's single-word lexicon questions about token `k`, answered once per distinct
/// token text (see `TokenLookups`) instead of at every rule that asks.
///
/// A question about the word without its possessive ending is, for a word without one (most
/// words), the same question about the word: it is answered by that one, remembered or asked
/// once for both. A question about a gazetteer or head-word entry's kind is answered "no"
/// without a look-up when the word is no entry at all (remembered): the large tables are read
/// once per word, not once per question.
extension EntityRecognizer {
    /// `lexicons.isCommonWord(t.texts[k])`.
    @inline(__always)
    func isCommon(_ t: TokenFeatures, _ k: Int) -> Bool {
        fact(.commonWord, t, k) { lexicons.isCommonWord(t.texts[k]) }
    }
    /// `lexicons.isCommonWord(strippedText(t, k))`.
    @inline(__always)
    func isCommonStripped(_ t: TokenFeatures, _ k: Int) -> Bool {
        fact(.commonWordStripped, t, k) {
            t.possessiveBytes(k) == 0 ? isCommon(t, k) : lexicons.isCommonWord(strippedText(t, k))
        }
    }
    /// `lexicons.title(t.texts[k]) != nil`.
    @inline(__always)
    func isTitle(_ t: TokenFeatures, _ k: Int) -> Bool {
        fact(.title, t, k) { lexicons.title(t.texts[k]) != nil }
    }
    /// `lexicons.demonym(t.texts[k]) != nil`.
    @inline(__always)
    func isDemonym(_ t: TokenFeatures, _ k: Int) -> Bool {
        fact(.demonym, t, k) { lexicons.demonym(t.texts[k]) != nil }
    }
    /// `lexicons.organization(t.texts[k]) != nil`.
    @inline(__always)
    func isOrganization(_ t: TokenFeatures, _ k: Int) -> Bool {
        fact(.organization, t, k) { lexicons.organization(t.texts[k]) != nil }
    }
    /// `lexicons.organization(name) != nil` for `name`, the name of a mention whose first token
    /// is `k`: answered per word id (`isOrganization`) when it is token `k`'s text, as the name
    /// of a one-token mention without a possessive ending is. (The surname rule asked about each
    /// one-word organisation so, 1,084 table look-ups on the 168 PolNeAR dev+test texts.)
    func isOrganizationName(_ name: String, _ k: Int, _ t: TokenFeatures) -> Bool {
        name == t.texts[k] ? isOrganization(t, k) : lexicons.organization(name) != nil
    }
    /// `lexicons.nameHead(t.texts[k]) != nil`.
    @inline(__always)
    func isNameHead(_ t: TokenFeatures, _ k: Int) -> Bool {
        fact(.nameHead, t, k) { lexicons.nameHead(t.texts[k]) != nil }
    }
    /// `lexicons.nameHead(strippedText(t, k)) != nil`.
    @inline(__always)
    func isNameHeadStripped(_ t: TokenFeatures, _ k: Int) -> Bool {
        fact(.nameHeadStripped, t, k) {
            t.possessiveBytes(k) == 0 ? isNameHead(t, k) : lexicons.nameHead(strippedText(t, k)) != nil
        }
    }
    /// `lexicons.place(t.texts[k]) != nil`.
    @inline(__always)
    func isPlace(_ t: TokenFeatures, _ k: Int) -> Bool {
        fact(.place, t, k) { lexicons.place(t.texts[k]) != nil }
    }
    /// `lexicons.place(strippedText(t, k)) != nil`.
    @inline(__always)
    func isPlaceStripped(_ t: TokenFeatures, _ k: Int) -> Bool {
        fact(.placeStripped, t, k) {
            t.possessiveBytes(k) == 0 ? isPlace(t, k) : lexicons.place(strippedText(t, k)) != nil
        }
    }
    /// Whether token `k` is a name particle ("van", "al", "de"; `particles`, in lowercase).
    @inline(__always)
    func isParticle(_ t: TokenFeatures, _ k: Int) -> Bool {
        isIn(Self.particles, .particle, t, k)
    }
    /// Whether a role phrase can end with the word of token `k` (`lexicons.mayEndRole`).
    @inline(__always)
    func mayEndRole(_ t: TokenFeatures, _ k: Int) -> Bool {
        fact(.roleLastWord, t, k) { lexicons.mayEndRole(t.lowercased[k]) }
    }
    /// Whether token `k` links the words of a headed name ("of", "for", "and"; `headConnectors`).
    @inline(__always)
    func isHeadConnector(_ t: TokenFeatures, _ k: Int) -> Bool {
        isIn(Self.headConnectors, .headConnector, t, k)
    }
    /// `lexicons.pronoun(t.lowercased[k]) != nil`.
    @inline(__always)
    func isPronoun(_ t: TokenFeatures, _ k: Int) -> Bool {
        fact(.pronoun, t, k) { lexicons.pronoun(t.lowercased[k]) != nil }
    }
    /// `lexicons.isPersonCue(t.lowercased[k])`.
    @inline(__always)
    func isPersonCue(_ t: TokenFeatures, _ k: Int) -> Bool {
        fact(.personCue, t, k) { lexicons.isPersonCue(t.lowercased[k]) }
    }
    /// `lexicons.demonym(strippedText(t, k)) != nil`.
    @inline(__always)
    func isDemonymStripped(_ t: TokenFeatures, _ k: Int) -> Bool {
        fact(.demonymStripped, t, k) {
            t.possessiveBytes(k) == 0 ? isDemonym(t, k) : lexicons.demonym(strippedText(t, k)) != nil
        }
    }
    /// Whether the word of token `k`, without a possessive ending, is a common word, a demonym,
    /// an organisation, a head word or a title: a word that makes a run no unknown name.
    @inline(__always)
    func isKnownWordStripped(_ t: TokenFeatures, _ k: Int) -> Bool {
        fact(.knownWordStripped, t, k) {
            if t.possessiveBytes(k) == 0 {
                return isCommon(t, k) || isDemonym(t, k) || isOrganization(t, k) || isNameHead(t, k) || isTitle(t, k)
            }
            let w = strippedText(t, k)
            return lexicons.isCommonWord(w) || lexicons.demonym(w) != nil || lexicons.organization(w) != nil
                || lexicons.nameHead(w) != nil || lexicons.title(w) != nil
        }
    }
    /// Whether some title starts with the word of token `k` (`lexicons.titlePrefixes`, which
    /// must be there, contains it).
    @inline(__always)
    func isTitlePrefix(_ t: TokenFeatures, _ k: Int) -> Bool {
        fact(.titlePrefix, t, k) { lexicons.titlePrefixes?.contains(t.texts[k]) ?? true }
    }
    /// Whether token `k` may stand between a name and its reporting verb (`cueLeadIns`, in lowercase).
    @inline(__always)
    func isCueLeadIn(_ t: TokenFeatures, _ k: Int) -> Bool {
        isIn(Self.cueLeadIns, .cueLeadIn, t, k)
    }
    /// `lexicons.sourceNoun(t.lowercased[k]) != nil`.
    @inline(__always)
    func isSourceNoun(_ t: TokenFeatures, _ k: Int) -> Bool {
        fact(.sourceNoun, t, k) { lexicons.sourceNoun(t.lowercased[k]) != nil }
    }
    /// Whether token `k` is a quotation mark (`quoteMarks`).
    @inline(__always)
    func isQuoteMark(_ t: TokenFeatures, _ k: Int) -> Bool {
        fact(.quoteMark, t, k) { Self.quoteMarks.contains(t.texts[k]) }
    }
    /// Whether some organisation name may start with the word of token `k`
    /// (`lexicons.organizationPrefixes` contains it, or there are none to go by).
    @inline(__always)
    func mayStartOrganization(_ t: TokenFeatures, _ k: Int) -> Bool {
        fact(.organizationPrefix, t, k) { lexicons.organizationPrefixes?.contains(t.texts[k]) ?? true }
    }
    /// Whether some team name may start with the word of token `k` (`lexicons.teamPrefixes`
    /// contains it, or there are none to go by).
    @inline(__always)
    func mayStartTeam(_ t: TokenFeatures, _ k: Int) -> Bool {
        fact(.teamPrefix, t, k) { lexicons.teamPrefixes?.contains(t.texts[k]) ?? true }
    }
    /// `lexicons.cueVerb(t.lowercased[k]) != nil`.
    @inline(__always)
    func isCueVerb(_ t: TokenFeatures, _ k: Int) -> Bool {
        fact(.cueVerb, t, k) { lexicons.cueVerb(t.lowercased[k]) != nil }
    }
    /// Whether token `k` may link the words of a place name ("of", "and"; `placeConnectors`, in lowercase).
    @inline(__always)
    func isPlaceConnector(_ t: TokenFeatures, _ k: Int) -> Bool {
        isIn(Self.placeConnectors, .placeConnector, t, k)
    }
    /// `lexicons.organization(strippedText(t, k)) != nil`.
    @inline(__always)
    func isOrganizationStripped(_ t: TokenFeatures, _ k: Int) -> Bool {
        fact(.organizationStripped, t, k) {
            t.possessiveBytes(k) == 0 ? isOrganization(t, k) : lexicons.organization(strippedText(t, k)) != nil
        }
    }
    /// Whether token `k` is an article ("the", "a", "an"; `articles`, in lowercase).
    @inline(__always)
    func isArticle(_ t: TokenFeatures, _ k: Int) -> Bool {
        isIn(Self.articles, .article, t, k)
    }
    /// Whether token `k`, in lowercase, is in the word table `table`, remembered per word id as
    /// the answer to `question` (one question per table).
    ///
    /// The table is read only when the answer is not known yet: a static table read at every
    /// asking goes through its lazy initialiser's `swift_once` and a retain and a release.
    @inline(__always)
    func isIn(_ table: @autoclosure () -> WordTable<Void>, _ question: TokenLookups.Question, _ t: TokenFeatures, _ k: Int) -> Bool {
        fact(question, t, k) { table().contains(t.lowercased[k]) }
    }
    /// `EntityRecognizer.isInitials(t.texts[k])`: single-letter initials ("W", "G.K").
    @inline(__always)
    func isInitialsWord(_ t: TokenFeatures, _ k: Int) -> Bool {
        t.lookups.answer(.initials, t.ids[k]) { Self.isInitials(t.texts[k]) }
    }
    /// The word of token `k` without a possessive ending, in lowercase (the token's own
    /// lowercase form when it has no such ending).
    func lowercasedStripped(_ t: TokenFeatures, _ k: Int) -> String {
        t.possessiveBytes(k) == 0 ? t.lowercased[k] : strippedText(t, k).lowercased()
    }
    /// `lexicons.isSurname(lowercasedStripped(t, k))`.
    @inline(__always)
    func isSurnameStripped(_ t: TokenFeatures, _ k: Int) -> Bool {
        fact(.surnameStripped, t, k) { lexicons.isSurname(lowercasedStripped(t, k)) }
    }
    /// `lexicons.firstName(lowercasedStripped(t, k)) != nil`.
    @inline(__always)
    func isFirstNameStripped(_ t: TokenFeatures, _ k: Int) -> Bool {
        fact(.firstNameStripped, t, k) {
            t.possessiveBytes(k) == 0 ? isFirstName(t, k) : lexicons.firstName(lowercasedStripped(t, k)) != nil
        }
    }
    /// `personFirstName(t, k) != nil`: most words are no first name, and that is then known per word.
    @inline(__always)
    func hasPersonFirstName(_ t: TokenFeatures, _ k: Int) -> Bool {
        fact(.personFirstName, t, k) { personFirstName(t, k) != nil }
    }
    /// The gender of `personFirstName(t, k)` (nil when the word is no first name), read back
    /// per word id from three remembered answers instead of a gazetteer look-up at every name.
    @inline(__always)
    func personFirstNameGender(_ t: TokenFeatures, _ k: Int) -> Gender? {
        guard hasPersonFirstName(t, k) else { return nil }
        if fact(.personFirstNameMale, t, k, { personFirstName(t, k) == .male }) { return .male }
        if fact(.personFirstNameFemale, t, k, { personFirstName(t, k) == .female }) { return .female }
        return .unknown
    }
    /// `lexicons.firstName(t.lowercased[k]) != nil`.
    @inline(__always)
    func isFirstName(_ t: TokenFeatures, _ k: Int) -> Bool {
        fact(.firstName, t, k) { lexicons.firstName(t.lowercased[k]) != nil }
    }
    /// `lexicons.nameHead(strippedText(t, k)) == "org"`.
    @inline(__always)
    func isOrganizationHeadStripped(_ t: TokenFeatures, _ k: Int) -> Bool {
        fact(.organizationHeadStripped, t, k) { isNameHeadStripped(t, k) && Self.isOrganizationHead(lexicons.nameHead(strippedText(t, k))) }
    }
    /// `lexicons.nameHead(strippedText(t, k)) == "loc"`.
    @inline(__always)
    func isPlaceHeadStripped(_ t: TokenFeatures, _ k: Int) -> Bool {
        fact(.placeHeadStripped, t, k) { isNameHeadStripped(t, k) && Self.isPlaceHead(lexicons.nameHead(strippedText(t, k))) }
    }
    /// `lexicons.isModifierHead(t.lowercased[k])`.
    @inline(__always)
    func isModifierHead(_ t: TokenFeatures, _ k: Int) -> Bool {
        fact(.modifierHead, t, k) { lexicons.isModifierHead(t.lowercased[k]) }
    }
    /// Whether the gazetteer has `t.texts[k]` as a country or a state.
    @inline(__always)
    func isCountryOrState(_ t: TokenFeatures, _ k: Int) -> Bool {
        fact(.countryOrState, t, k) {
            guard isPlace(t, k), let place = lexicons.place(t.texts[k]) else { return false }
            return Self.isCountryOrState(place)
        }
    }
    /// Whether the gazetteer has `t.texts[k]` as a country.
    @inline(__always)
    func isCountry(_ t: TokenFeatures, _ k: Int) -> Bool {
        fact(.country, t, k) {
            guard isPlace(t, k), let place = lexicons.place(t.texts[k]) else { return false }
            return Self.isCountry(place)
        }
    }
    /// Whether the gazetteer has `strippedText(t, k)` as no city, or as a city of a million or more.
    @inline(__always)
    func isMajorPlaceStripped(_ t: TokenFeatures, _ k: Int) -> Bool {
        fact(.majorPlaceStripped, t, k) {
            guard isPlaceStripped(t, k), let place = lexicons.place(strippedText(t, k)) else { return false }
            return Self.isMajorPlace(place)
        }
    }
    /// Whether the gazetteer has `strippedText(t, k)` with a population of 50,000 or more.
    @inline(__always)
    func isTownPlaceStripped(_ t: TokenFeatures, _ k: Int) -> Bool {
        fact(.townPlaceStripped, t, k) {
            guard isPlaceStripped(t, k), let place = lexicons.place(strippedText(t, k)) else { return false }
            return Self.isTownPlace(place)
        }
    }
    /// Whether a head word of kind `kind` (`lexicons.nameHead`) makes a name an organisation.
    static func isOrganizationHead(_ kind: String?) -> Bool { kind == "org" }
    /// Whether a head word of kind `kind` (`lexicons.nameHead`) makes a name a place.
    static func isPlaceHead(_ kind: String?) -> Bool { kind == "loc" }
    /// Whether the gazetteer entry `place` is a country or a state.
    static func isCountryOrState(_ place: PlaceEntry) -> Bool { place.kind == "country" || place.kind == "state" }
    /// Whether the gazetteer entry `place` is a country.
    static func isCountry(_ place: PlaceEntry) -> Bool { place.kind == "country" }
    /// Whether the gazetteer entry `place` is no city, or a city of a million or more.
    static func isMajorPlace(_ place: PlaceEntry) -> Bool { place.kind != "city" || place.population >= 1_000_000 }
    /// Whether the gazetteer entry `place` has a population of 50,000 or more.
    static func isTownPlace(_ place: PlaceEntry) -> Bool { place.population >= 50_000 }

    /// The answer to `question` about token `k`: remembered, or read from the word facts index
    /// (`LexiconFacts`, which then fills in every question it covers about the word at once), or
    /// found by `lookup` when the index does not answer it (a word it cannot read, lexicons
    /// assembled by hand, a stripped question about a word with a possessive ending).
    @inline(__always)
    func fact(_ question: TokenLookups.Question, _ t: TokenFeatures, _ k: Int, _ lookup: () -> Bool) -> Bool {
        t.lookups.answer(question, t.ids[k]) {
            if let known = filledFact(question, t, k) { return known }
            return lookup()
        }
    }

    /// Fills in every answer `LexiconFacts` covers about the word of token `k` and returns the
    /// one to `question`; nil when the index does not answer it.
    ///
    /// Not inlined: every covered question's first asking calls it, and it does its work once
    /// per word and document when the index reads the word (for the rare word it cannot read,
    /// it tries again at each covered question's first asking until `commonWord` is known).
    @inline(never)
    func filledFact(_ question: TokenLookups.Question, _ t: TokenFeatures, _ k: Int) -> Bool? {
        // `commonWord`, which the index always covers, is known once the word's facts are filled
        // in: then only a stripped question about a word with a possessive ending gets here, and
        // needs its own look-up. (Known from its own look-up, the word is one the index could not
        // read, and is not tried again.)
        guard t.lookups.known(.commonWord, t.ids[k]) == nil else { return nil }
        guard let facts = lexicons.tables?.facts, facts.covered & 1 << UInt64(question.rawValue) != 0,
              let (half0, half1) = facts.answers(at: t.texts.address(k), t.lowercased.address(k), possessive: t.possessiveBytes(k) != 0)
        else { return nil }
        t.lookups.fill(t.ids[k], half0, half1)
        return t.lookups.known(question, t.ids[k])
    }

    /// Whether token `k` opens a locative phrase ("in", "near", "visited"; `locatives`, in lowercase).
    @inline(__always)
    func isLocative(_ t: TokenFeatures, _ k: Int) -> Bool {
        isIn(Self.locatives, .locative, t, k)
    }
}
